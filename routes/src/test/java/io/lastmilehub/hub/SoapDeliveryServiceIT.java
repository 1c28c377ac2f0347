package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.soap.generated.CancelOrder;
import io.lastmilehub.hub.soap.generated.DeliveryFault;
import io.lastmilehub.hub.soap.generated.DeliveryService;
import io.lastmilehub.hub.soap.generated.DeliveryServiceFault;
import io.lastmilehub.hub.soap.generated.FaultCode;
import io.lastmilehub.hub.soap.generated.GetDeliveryStatus;
import io.lastmilehub.hub.soap.generated.GetDeliveryStatusResponse;
import io.lastmilehub.hub.soap.generated.GetPlan;
import io.lastmilehub.hub.soap.generated.SubmitDeliveryOrders;
import io.lastmilehub.hub.soap.generated.SubmitDeliveryOrdersResponse;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.SoapClients;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import javax.xml.datatype.DatatypeFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SOAP delivery service through a client generated from its WSDL (cxf-codegen, the hub's published ?wsdl):
 * every operation as a tenant with a UsernameToken, the tenant's own data only, and typed faults naming the field.
 */
class SoapDeliveryServiceIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Test
    void ordersAreSubmittedOnceTrackedPlannedAndCancelled() throws Exception {
        DeliveryService demo = SoapClients.soap11(baseUrl(), "demo", DEMO_KEY);
        SubmitDeliveryOrders submit = submission(order("erp-soap-100", "K1P 1J1", "CA"));

        SubmitDeliveryOrdersResponse accepted = demo.submitDeliveryOrders(submit);
        SubmitDeliveryOrdersResponse again = demo.submitDeliveryOrders(submit);

        assertThat(accepted.isDuplicate()).isFalse();
        assertThat(accepted.getOrderId()).hasSize(1);
        assertThat(again.isDuplicate()).isTrue();
        assertThat(again.getOrderId()).isEqualTo(accepted.getOrderId());
        String orderId = accepted.getOrderId().get(0);
        assertThat(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).contains("\"erp-soap-100\"");

        Plan plan = planAndRead(demo, LocalDate.of(2031, 5, 4));
        assertThat(plan.getDepotId()).isEqualTo("ottawa");

        DeliveryStatusEvent cancelled = demo.cancelOrder(cancel(orderId, "customer called it off"))
                .getDeliveryStatusEvent();
        assertThat(cancelled.getStatus()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(cancelled.getReasonCode()).isEqualTo(ReasonCode.CUSTOMER_REQUEST);

        GetDeliveryStatusResponse status = demo.getDeliveryStatus(statusOf(orderId));
        assertThat(status.getStatus()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(status.getReason()).isEqualTo("customer called it off");
        assertThat(status.getHistory().getDeliveryStatusEvent()).extracting(DeliveryStatusEvent::getStatus)
                .startsWith(DeliveryStatus.RECEIVED).endsWith(DeliveryStatus.CANCELLED);
        assertThat(status.getHistory().getDeliveryStatusEvent().get(0).getSource().getMessageId())
                .isEqualTo("erp-soap-100");

        DeliveryFault twice = faultOf(() -> demo.cancelOrder(cancel(orderId, "again")));
        assertThat(twice.getCode()).isEqualTo(FaultCode.CONFLICT);
        assertThat(twice.getViolation().get(0).getField()).isEqualTo("orderId");
    }

    @Test
    void soap12WorksTheSame() throws Exception {
        DeliveryService demo = SoapClients.soap12(baseUrl(), "demo", DEMO_KEY);

        SubmitDeliveryOrdersResponse accepted = demo.submitDeliveryOrders(
                submission(order("erp-soap12-1", "K1P 1J1", "CA")));

        assertThat(demo.getDeliveryStatus(statusOf(accepted.getOrderId().get(0))).getStatus())
                .isEqualTo(DeliveryStatus.RECEIVED);
    }

    @Test
    void badDataIsATypedFaultNamingTheFieldAndTheMessageIsDeadLettered() throws Exception {
        DeliveryService demo = SoapClients.soap11(baseUrl(), "demo", DEMO_KEY);

        DeliveryFault single = faultOf(() -> demo.submitDeliveryOrders(
                submission(order("erp-soap-bad-1", "K1P 1J1", "Canada"))));
        DeliveryFault batch = faultOf(() -> demo.submitDeliveryOrders(submission(
                order("erp-soap-bad-2", "K1P 1J1", "CA"), order("erp-soap-bad-2", "K1P 1J2", "Canada"))));

        assertThat(single.getCode()).isEqualTo(FaultCode.INVALID_MESSAGE);
        assertThat(single.getViolation().get(0).getField()).isEqualTo("shipTo.address.countryCode");
        assertThat(single.getDeadLetter()).startsWith("dl-");
        assertThat(batch.getViolation().get(0).getField()).isEqualTo("deliveryOrder[1].shipTo.address.countryCode");
        ResponseEntity<String> letter = get("/api/v1/dead-letters/" + single.getDeadLetter(), DEMO_KEY);
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode sender = json.readTree(json.readTree(letter.getBody()).path("headers").asText());
        assertThat(sender.path("LastMileSenderAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(sender.path("LastMileSenderAgent").asText()).startsWith("Apache-CXF");
        DeliveryFault noReason = faultOf(() -> demo.cancelOrder(cancel("ord-any", " ")));
        assertThat(noReason.getViolation().get(0).getField()).isEqualTo("reason");
    }

    @Test
    void aTenantSeesOnlyItsOwnOrders() throws Exception {
        String orderId = SoapClients.soap11(baseUrl(), "demo", DEMO_KEY)
                .submitDeliveryOrders(submission(order("erp-soap-200", "K1P 1J1", "CA"))).getOrderId().get(0);
        DeliveryService other = SoapClients.soap11(baseUrl(), "other", OTHER_KEY);

        DeliveryFault notFound = faultOf(() -> other.getDeliveryStatus(statusOf(orderId)));
        DeliveryFault notCancelled = faultOf(() -> other.cancelOrder(cancel(orderId, "not mine")));
        DeliveryFault unknown = faultOf(() -> other.getDeliveryStatus(statusOf("ord-unknown")));

        assertThat(notFound.getCode()).isEqualTo(FaultCode.NOT_FOUND);
        assertThat(notFound.getViolation().get(0).getField()).isEqualTo("orderId");
        assertThat(notCancelled.getCode()).isEqualTo(FaultCode.NOT_FOUND);
        assertThat(unknown.getCode()).isEqualTo(FaultCode.NOT_FOUND);
    }

    @Test
    void aPlanOfAnUnknownDepotOrDayIsRefused() throws Exception {
        DeliveryService demo = SoapClients.soap11(baseUrl(), "demo", DEMO_KEY);

        DeliveryFault unknownDepot = faultOf(() -> demo.getPlan(plan("nowhere", LocalDate.of(2031, 5, 5))));
        DeliveryFault noPlan = faultOf(() -> demo.getPlan(plan("ottawa", LocalDate.of(2001, 1, 1))));

        assertThat(unknownDepot.getCode()).isEqualTo(FaultCode.INVALID_MESSAGE);
        assertThat(unknownDepot.getViolation().get(0).getField()).isEqualTo("depotId");
        assertThat(noPlan.getCode()).isEqualTo(FaultCode.NOT_FOUND);
        assertThat(noPlan.getViolation().get(0).getField()).isEqualTo("date");
    }

    /** Plans the depot for the day over HTTP, then reads the plan back over SOAP. */
    private Plan planAndRead(DeliveryService client, LocalDate day) throws Exception {
        String planned = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\"" + day + "\"}")
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).getBody();
        Plan plan = client.getPlan(plan("ottawa", day)).getPlan();
        assertThat(planned).contains("\"id\":\"" + plan.getId() + "\"");
        return plan;
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static DeliveryFault faultOf(ThrowingCall call) {
        DeliveryServiceFault fault = catchThrowableOfType(DeliveryServiceFault.class, call::run);
        assertThat(fault).as("a DeliveryServiceFault").isNotNull();
        return fault.getFaultInfo();
    }

    private static SubmitDeliveryOrders submission(DeliveryOrder... orders) {
        SubmitDeliveryOrders submit = new SubmitDeliveryOrders();
        submit.getDeliveryOrder().addAll(List.of(orders));
        return submit;
    }

    private static CancelOrder cancel(String orderId, String reason) {
        CancelOrder cancel = new CancelOrder();
        cancel.setOrderId(orderId);
        cancel.setReasonCode(ReasonCode.CUSTOMER_REQUEST);
        cancel.setReason(reason);
        return cancel;
    }

    private static GetDeliveryStatus statusOf(String orderId) {
        GetDeliveryStatus request = new GetDeliveryStatus();
        request.setOrderId(orderId);
        return request;
    }

    private static GetPlan plan(String depotId, LocalDate day) throws Exception {
        GetPlan request = new GetPlan();
        request.setDepotId(depotId);
        request.setDate(DatatypeFactory.newInstance().newXMLGregorianCalendar(day.toString()));
        return request;
    }

    private static DeliveryOrder order(String messageId, String postalCode, String country) {
        return DeliveryOrder.builder()
                .source(SourceRef.builder().system("sap-erp").messageId(messageId).build())
                .shipTo(Party.builder().name("Maple Leaf Books")
                        .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode(postalCode)
                                .countryCode(country).buildUnvalidated())
                        .location(GeoPoint.builder().latitude(45.4215).longitude(-75.6919).build())
                        .buildUnvalidated())
                .timeWindow(TimeWindow.builder().start(Instant.parse("2031-05-04T14:00:00Z"))
                        .end(Instant.parse("2031-05-04T18:00:00Z")).zoneId("America/Toronto").build())
                .serviceTimeSeconds(180)
                .parcel(Parcel.builder().id("P1").quantity(1).weightKg(2.5).build())
                .buildUnvalidated();
    }

    /** A SOAP call that may fail. */
    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
