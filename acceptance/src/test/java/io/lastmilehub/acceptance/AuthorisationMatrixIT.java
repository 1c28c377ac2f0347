package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.Broker;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Multipart;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.ServedEndpoints;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what, for every HTTP endpoint the packaged hub serves, on a hub of its own with a second tenant,
 * {@code rival}, whose fleet has the same ids as demo's. The endpoints come from the running hub (its handler methods,
 * SOAP services and actuator endpoints), and the matrix must name each one: a new endpoint fails
 * {@link #everyEndpointTheHubServesHasARowInTheMatrix()} until its row says who may call it.
 *
 * <p>A row guarded by the tenant's key answers 401 in the hub's JSON error format to no key and to a wrong one, 404
 * (as for an id that does not exist, never 403) to another tenant asking for the owner's object, and success to the
 * owner. The public rows (health, schemas, the tracking page by its token, the device intake by the device's secret)
 * check their own key.
 */
@ExtendWith(HubLogOnFailure.class)
class AuthorisationMatrixIT {

    private static final String RIVAL_KEY = "rival-key";
    private static final String RIVAL_BROKER_USER = "rival-erp";
    private static final String RIVAL_BROKER_PASSWORD = "rival-broker-secret";
    /** What the hub copies to each tenant's own addresses, and an inbox of each. */
    private static final List<String> TENANT_TOPICS = List.of("status", "cost", "eta", "positions");
    private static final String INBOX = "in.idoc";
    private static final String JSON = HubClient.JSON;
    /** A canonical order without its type's fields: refused, and kept as a dead letter. */
    private static final String BROKEN_ORDER = "{\"tenant\":\"demo\",\"type\":\"DELIVERY\"}";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'm', 'a', 't', 'x'};
    /** The shipped device with a secret (config/application.yaml). */
    private static final String SECRET_DEVICE = "van-2-owntracks";
    private static final String DEVICE_SECRET = "demo-device-secret";
    /** The metrics collector's demo credential (config/application.yaml, lastmile.metrics). */
    private static final String METRICS_USER = "prometheus";
    private static final String METRICS_PASSWORD = "demo-metrics-secret";
    /** Tenant demo's vehicles and drivers added through the fleet API: one to read and change, one to retire. */
    private static final String VAN = "matrix-van";
    private static final String RETIRED_VAN = "matrix-van-retired";
    private static final String DRIVER = "matrix-driver";
    private static final String RETIRED_DRIVER = "matrix-driver-retired";
    /** The SUBACK return code of a refused MQTT subscription. */
    private static final int MQTT_SUBSCRIPTION_FAILED = 0x80;

    private static HubProcess hub;
    private static HubClient demo;
    private static HubClient rival;
    private static HubClient anonymous;
    private static HubClient wrongKey;
    private static DemoData data;

    @BeforeAll
    static void startAHubWithTwoTenants() {
        hub = HubProcess.startShipped(ServedEndpoints.LOG_MAPPINGS,
                "--lastmile.tenants.rival.api-keys[0]=" + RIVAL_KEY,
                "--lastmile.tenants.rival.default-depot=ottawa",
                "--lastmile.tenants.rival.fleet-file=fleet/demo.yaml",
                "--lastmile.broker.users." + RIVAL_BROKER_USER + ".tenant=rival",
                "--lastmile.broker.users." + RIVAL_BROKER_USER + ".password=" + RIVAL_BROKER_PASSWORD);
        demo = new HubClient(hub);
        rival = new HubClient(hub.baseUrl(), RIVAL_KEY);
        anonymous = new HubClient(hub.baseUrl(), null);
        wrongKey = new HubClient(hub.baseUrl(), "not-a-key");
        data = DemoData.make();
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyEndpointTheHubServesHasARowInTheMatrix() {
        Set<String> served = ServedEndpoints.of(hub.lastRunLog());
        Set<String> inMatrix = new TreeSet<>();
        matrix().forEach(row -> inMatrix.add(row.endpoint()));

        assertThat(inMatrix).as("rows of the matrix for endpoints the hub does not serve").isSubsetOf(served);
        assertThat(served).as("endpoints the hub serves without a row in the matrix").isSubsetOf(inMatrix);
        // health (with its liveness and readiness groups), info and prometheus: a new actuator endpoint needs its
        // rows here.
        assertThat(ServedEndpoints.actuatorEndpoints(hub.lastRunLog())).isEqualTo(3);
    }

    @Test
    void everyRowAnswersEachCallerAsItsGuardSays() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : matrix()) {
            row.guard().check(row, softly);
        }
        softly.assertAll();
    }

    @Test
    void theActuatorShowsHealthToAnyoneMetricsToTheCollectorAndNothingElseToAnybody() {
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        Request metrics = get("/actuator/prometheus");
        for (Request refused : List.of(metrics, metrics.withBasic("demo", HubClient.DEMO_KEY),
                metrics.withBasic(METRICS_USER, "not-the-password"))) {
            HttpResponse<String> answer = refused.by(anonymous);
            assertThat(answer.statusCode()).as(refused.authorization()).isEqualTo(401);
            assertJsonError(answer, "unauthorized");
        }
        assertThat(metrics.by(demo).statusCode()).as("with the tenant's X-Api-Key").isEqualTo(401);
        assertThat(metrics.withBasic(METRICS_USER, METRICS_PASSWORD).by(anonymous).statusCode()).isEqualTo(200);
        for (HubClient caller : List.of(anonymous, demo)) {
            for (String path : List.of("/actuator/info", "/actuator", "/actuator/env", "/actuator/mappings")) {
                HttpResponse<String> answer = caller.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(403);
                assertJsonError(answer, "forbidden");
            }
        }
    }

    @Test
    void staticFilesOutsideTheTrackingPageAreClosed() {
        assertThat(anonymous.get("/track/assets/track.css").statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = anonymous.get("/config/application.yaml");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertJsonError(elsewhere, "forbidden");
    }

    @Test
    void aMessageNamingAnotherTenantIsRefusedAndNotStoredForEither() {
        String messageId = "matrix-foreign-" + System.nanoTime();
        HttpResponse<String> foreign = rival.postJson("/api/v1/inbound/canonical-json",
                Orders.canonicalJson(messageId, 45.4180, -75.6900, LocalDate.now(Orders.OTTAWA).plusDays(2)));

        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        assertThat(HubClient.json(foreign).path("violations").findValuesAsText("field")).containsExactly("tenant");
        assertThat(demo.get("/api/v1/orders?limit=500").body()).doesNotContain(messageId);
        assertThat(rival.get("/api/v1/orders?limit=500").body()).doesNotContain(messageId);
    }

    @Test
    void aTenantsBrokerUserReadsItsOwnAddressesAndNeitherReadsNorWritesAnotherTenants() throws JMSException {
        try (Connection rivalErp = new ActiveMQConnectionFactory(hub.brokerUrl())
                .createConnection(RIVAL_BROKER_USER, RIVAL_BROKER_PASSWORD);
             Connection demoErp = Broker.connect(hub)) {
            Session rivalSession = rivalErp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session demoSession = demoErp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String topic : TENANT_TOPICS) {
                rivalSession.createConsumer(rivalSession.createTopic("lastmile.tenant.rival." + topic)).close();
                assertRefused(() -> rivalSession.createConsumer(
                        rivalSession.createTopic("lastmile.tenant.demo." + topic)));
                assertRefused(() -> demoSession.createConsumer(
                        demoSession.createTopic("lastmile.tenant.rival." + topic)));
            }
            Queue demoInbox = rivalSession.createQueue("lastmile.tenant.demo." + INBOX);
            assertRefused(() -> rivalSession.createProducer(demoInbox).send(rivalSession.createTextMessage("<x/>")));
            assertRefused(() -> rivalSession.createConsumer(demoInbox));
            assertRefused(() -> rivalSession.createBrowser(demoInbox).getEnumeration());
            assertRefused(() -> rivalSession.createConsumer(rivalSession.createTopic("lastmile.tenant.demo.#")));
            assertRefused(() -> rivalSession.createConsumer(rivalSession.createTopic("lastmile.status")));
        }
    }

    @Test
    void overMqttNeitherATenantsBrokerUserNorADeviceSubscribesToAnotherTenantsAddresses() throws MqttException {
        Map<String, char[]> users = Map.of(RIVAL_BROKER_USER, RIVAL_BROKER_PASSWORD.toCharArray(),
                SECRET_DEVICE, DEVICE_SECRET.toCharArray());
        for (String url : List.of(hub.mqttUrl(), hub.brokerUrl())) {
            for (Map.Entry<String, char[]> user : users.entrySet()) {
                for (String topic : List.of("lastmile/tenant/demo/status", "lastmile/tenant/#", "#")) {
                    assertThat(mqttSubscription(url, user.getKey(), user.getValue(), topic))
                            .as("%s subscribing to %s at %s", user.getKey(), topic, url).isFalse();
                }
            }
        }
    }

    /** Whether the broker granted the subscription; a refused connection or a failed SUBACK (128) is no. */
    private static boolean mqttSubscription(String url, String user, char[] password, String topic)
            throws MqttException {
        MqttClient client = new MqttClient(url, "matrix-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(user);
        options.setPassword(password);
        try {
            client.connect(options);
            int granted = client.subscribeWithResponse(topic, 1).getGrantedQos()[0];
            client.disconnect();
            return granted != MQTT_SUBSCRIPTION_FAILED;
        } catch (MqttException refused) {
            return false;
        } finally {
            client.close(true);
        }
    }

    private static void assertRefused(ThrowingCallable brokerCall) {
        assertThatThrownBy(brokerCall).isInstanceOf(JMSSecurityException.class);
    }

    /** Every endpoint, with the call its owner (tenant demo) makes and what it answers. */
    private static List<Row> matrix() {
        String a = data.order();
        Request newOrder = new Request("POST", "/api/v1/inbound/canonical-json", JSON, bytes(Orders.canonicalJson(
                "matrix-new-" + System.nanoTime(), 45.4180, -75.6900, LocalDate.now(Orders.OTTAWA).plusDays(2))));
        return List.of(
                tenant("POST /api/v1/inbound/{format}", newOrder, 202, Other.MAKES_ITS_OWN),
                tenant("GET /api/v1/orders", get("/api/v1/orders?limit=500"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/orders/{id}", get("/api/v1/orders/" + a), 200, Other.NOT_FOUND),
                tenant("PUT /api/v1/orders/{id}/ship-to", new Request("PUT", "/api/v1/orders/" + a + "/ship-to", JSON,
                        bytes("{\"location\":{\"latitude\":45.4182,\"longitude\":-75.6903}}")), 200, Other.NOT_FOUND),
                tenant("GET /api/v1/orders/{id}/notifications", get("/api/v1/orders/" + a + "/notifications"), 200,
                        Other.NOT_FOUND),
                tenant("POST /api/v1/orders/{id}/pod", proofOfDelivery(data.orderToDeliver()), 201, Other.NOT_FOUND),
                tenant("GET /api/v1/orders/{id}/pod", get("/api/v1/orders/" + data.delivered() + "/pod"), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/documents/{sha256}", get("/api/v1/documents/" + data.photo()), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/dead-letters", get("/api/v1/dead-letters"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/edi/documents", get("/api/v1/edi/documents"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/messages", get("/api/v1/messages?key=" + a), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/messages/{id}", get("/api/v1/messages/" + loggedMessageOf(a)), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/orders/{orderId}/timeline", get("/api/v1/orders/" + a + "/timeline"), 200,
                        Other.NOT_FOUND),
                tenant("GET /console/messages", get("/console/messages"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/messages/{id}", get("/console/messages/" + loggedMessageOf(a)), 200,
                        Other.NOT_FOUND),
                tenant("GET /console/orders/{orderId}", get("/console/orders/" + a), 200, Other.NOT_FOUND),
                tenant("GET /api/v1/reports/kpis", get("/api/v1/reports/kpis?" + days()), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/kpis/{kpi}/orders", get("/api/v1/reports/kpis/set-aside/orders?"
                        + days()), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/drivers", get("/api/v1/reports/drivers?" + days()), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/routes", get("/api/v1/reports/routes?" + days()), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/today", get("/api/v1/reports/today"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/dashboard", get("/api/v1/reports/dashboard"), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/dashboard.js", get("/api/v1/reports/dashboard.js"), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/fleet-tables.js", get("/api/v1/reports/fleet-tables.js"), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/reports/fleet", get("/api/v1/reports/fleet"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/fleet/vehicles", get("/api/v1/fleet/vehicles"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/fleet/vehicles/{id}", get("/api/v1/fleet/vehicles/" + VAN), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/fleet/vehicles", post("/api/v1/fleet/vehicles", vehicle("matrix-van-"
                        + System.nanoTime())), 201, Other.MAKES_ITS_OWN),
                tenant("PUT /api/v1/fleet/vehicles/{id}", put("/api/v1/fleet/vehicles/" + VAN, vehicle(VAN)), 200,
                        Other.NOT_FOUND),
                tenant("DELETE /api/v1/fleet/vehicles/{id}", delete("/api/v1/fleet/vehicles/" + RETIRED_VAN), 204,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/fleet/drivers", get("/api/v1/fleet/drivers"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/fleet/drivers/{id}", get("/api/v1/fleet/drivers/" + DRIVER), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/fleet/drivers", post("/api/v1/fleet/drivers", "{\"id\":\"matrix-driver-"
                        + System.nanoTime() + "\"}"), 201, Other.MAKES_ITS_OWN),
                tenant("PUT /api/v1/fleet/drivers/{id}", put("/api/v1/fleet/drivers/" + DRIVER, "{\"name\":\"M\"}"),
                        200, Other.NOT_FOUND),
                tenant("DELETE /api/v1/fleet/drivers/{id}", delete("/api/v1/fleet/drivers/" + RETIRED_DRIVER), 204,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/fleet/drivers/{id}/availability",
                        get("/api/v1/fleet/drivers/" + DRIVER + "/availability"), 200, Other.NOT_FOUND),
                tenant("PUT /api/v1/fleet/drivers/{id}/availability", put("/api/v1/fleet/drivers/" + DRIVER
                        + "/availability", "{\"daysOff\":[\"2026-12-24\"]}"), 200, Other.NOT_FOUND),
                tenant("GET /api/v1/reports/echarts.min.js", get("/api/v1/reports/echarts.min.js"), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/dead-letters/{id}", get("/api/v1/dead-letters/" + data.deadLetter()), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/dead-letters/{id}/payload",
                        get("/api/v1/dead-letters/" + data.deadLetter() + "/payload"), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/dead-letters/{id}/replay",
                        post("/api/v1/dead-letters/" + data.deadLetter() + "/replay", ""), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/dead-letters/replay", post("/api/v1/dead-letters/replay",
                        "{\"ids\":[\"" + data.deadLetter() + "\"]}"), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/dead-letters/{id}/edit-and-replay", post("/api/v1/dead-letters/"
                        + data.edited() + "/edit-and-replay", BROKEN_ORDER), 200, Other.NOT_FOUND),
                tenant("GET /api/v1/dead-letters/{id}/edited-payload",
                        get("/api/v1/dead-letters/" + data.edited() + "/edited-payload"), 200, Other.NOT_FOUND),
                tenant("POST /api/v1/dead-letters/{id}/discard", post("/api/v1/dead-letters/" + data.discarded()
                        + "/discard", "{\"reason\":\"matrix\"}"), 200, Other.NOT_FOUND),
                tenant("GET /console/", get("/console/"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/console.css", get("/console/console.css"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/dead-letters", get("/console/dead-letters?state=all"), 200,
                        Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/dead-letters/{id}", get("/console/dead-letters/" + data.deadLetter()), 200,
                        Other.NOT_FOUND),
                tenant("POST /console/dead-letters/{id}/replay", form("/console/dead-letters/" + data.deadLetter()
                        + "/replay", ""), 303, Other.NOT_FOUND),
                tenant("POST /console/dead-letters/replay", form("/console/dead-letters/replay",
                        "ids=" + data.deadLetter()), 303, Other.NOT_FOUND),
                tenant("POST /console/dead-letters/{id}/edit-and-replay", form("/console/dead-letters/"
                        + data.edited() + "/edit-and-replay", "payload=%7B%7D"), 303, Other.NOT_FOUND),
                tenant("POST /console/dead-letters/{id}/discard", form("/console/dead-letters/"
                        + data.discardedInConsole() + "/discard", "reason=matrix"), 303, Other.NOT_FOUND),
                tenant("GET /console/plans", get("/console/plans"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/plans/{id}", get("/console/plans/" + data.plan()), 200, Other.NOT_FOUND),
                tenant("GET /console/devices", get("/console/devices"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /console/configuration", get("/console/configuration"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/devices", get("/api/v1/devices"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("POST /api/v1/devices", post("/api/v1/devices",
                        "{\"id\":\"matrix-phone-2\",\"vehicleId\":\"van-1\"}"), 201, Other.MAKES_ITS_OWN),
                tenant("POST /api/v1/telematics/{protocol}", flespi(data.device()), 200, Other.AS_UNKNOWN),
                tenant("GET /api/v1/telematics/{protocol}", get("/api/v1/telematics/flespi"), 400, Other.AS_UNKNOWN),
                tenant("DELETE /api/v1/devices/{id}", new Request("DELETE", "/api/v1/devices/" + data.device(), null,
                        null), 204, Other.NOT_FOUND),
                tenant("POST /api/v1/plans", post("/api/v1/plans", "{\"depotId\":\"ottawa\",\"date\":\""
                        + LocalDate.now(Orders.OTTAWA).plusDays(3) + "\"}"), 202, Other.MAKES_ITS_OWN),
                tenant("GET /api/v1/plans/requests", get("/api/v1/plans/requests"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/inbound/jobs", get("/api/v1/inbound/jobs"), 200, Other.SEES_ONLY_ITS_OWN),
                tenant("GET /api/v1/inbound/jobs/{id}", get("/api/v1/inbound/jobs/" + data.job()), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/plans/{id}", get("/api/v1/plans/" + data.plan()), 200, Other.NOT_FOUND),
                tenant("GET /api/v1/plans/{id}/request", get("/api/v1/plans/" + data.plan() + "/request"), 200,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/plans/{id}/map.svg", get("/api/v1/plans/" + data.plan() + "/map.svg"), 200,
                        Other.NOT_FOUND),
                tenant("POST /api/v1/plans/{id}/orders", post("/api/v1/plans/" + data.plan() + "/orders",
                        "{\"orderIds\":[\"" + data.orderToInsert() + "\"]}"), 202, Other.NOT_FOUND),
                tenant("POST /api/v1/dispatch", post("/api/v1/dispatch",
                        "{\"orderIds\":[\"" + data.orderToDispatch() + "\"]}"), 200, Other.AS_UNKNOWN),
                tenant("GET /api/v1/dispatch/{id}", get("/api/v1/dispatch/" + data.dispatch()), 200,
                        Other.NOT_FOUND),
                // The shipped config issues no locker code and configures no carrier: the owner's call finds
                // nothing either, so these rows check the key and that another tenant learns no more than that.
                tenant("POST /api/v1/lockers/{lockerId}/redeem", post("/api/v1/lockers/locker-1/redeem",
                        "{\"code\":\"123456\"}"), 404, Other.NOT_FOUND),
                tenant("POST /api/v1/carriers/{id}/manifests", post("/api/v1/carriers/dpx/manifests", ""), 404,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/carriers/{id}/manifests", get("/api/v1/carriers/dpx/manifests"), 404,
                        Other.NOT_FOUND),
                tenant("GET /api/v1/carriers/{id}/shipments/{orderId}",
                        get("/api/v1/carriers/dpx/shipments/" + a), 404, Other.NOT_FOUND),
                new Row("GET /schema/{name}", Guard.PUBLIC, get("/schema/delivery-order.schema.json"), 200, null),
                // The API's description (springdoc) and Swagger UI: endpoints, not data, public like the schemas.
                new Row("GET /v3/api-docs", Guard.PUBLIC, get("/v3/api-docs"), 200, null),
                new Row("GET /v3/api-docs.yaml", Guard.PUBLIC, get("/v3/api-docs.yaml"), 200, null),
                new Row("GET /v3/api-docs/swagger-config", Guard.PUBLIC, get("/v3/api-docs/swagger-config"), 200,
                        null),
                new Row("GET /swagger-ui.html", Guard.PUBLIC, get("/swagger-ui.html"), 302, null),
                new Row("GET /track/{token}", Guard.TRACKING_TOKEN, get("/track/" + data.token()), 200, null),
                new Row("GET /track/{token}.json", Guard.TRACKING_TOKEN, get("/track/" + data.token() + ".json"), 200,
                        null),
                new Row("GET /track/{token}/events", Guard.TRACKING_TOKEN, get("/track/" + data.token() + "/events"),
                        200, null),
                new Row("GET /track/{token}/documents/{sha256}", Guard.TRACKING_TOKEN,
                        get("/track/" + data.deliveredToken() + "/documents/" + data.photo()), 200, null),
                new Row("GET /devices/{protocol}", Guard.DEVICE_CREDENTIALS, get(osmAnd()), 200, null),
                new Row("POST /devices/{protocol}", Guard.DEVICE_CREDENTIALS, post(osmAnd(), ""), 200, null),
                new Row("POST /devices/{protocol}", Guard.DEVICE_CREDENTIALS, ownTracks(), 200, null),
                new Row("POST /carriers/{id}/webhooks", Guard.SIGNED, post("/carriers/dpx/webhooks", "{}"), 404,
                        null),
                new Row("ANY /error", Guard.CLOSED, get("/error"), 403, null),
                new Row("POST /soap/DeliveryService", Guard.SOAP, soapStatus("/soap/DeliveryService", a), 200, null),
                new Row("POST /soap/DeliveryService12", Guard.SOAP, soapStatus("/soap/DeliveryService12", a), 200,
                        null));
    }

    /** The message log entry of the message that brought the order in. */
    private static String loggedMessageOf(String orderId) {
        return demo.getJson("/api/v1/messages?key=" + orderId + "&direction=IN").get(0).path("id").asText();
    }

    /** What another tenant gets when it calls a row with the owner's ids. */
    private enum Other {
        /** 404 not_found, as for an id that does not exist. */
        NOT_FOUND,
        /** Its own list, without any of the owner's objects. */
        SEES_ONLY_ITS_OWN,
        /** The same answer as for an id that exists nowhere (a 400 naming the unknown id). */
        AS_UNKNOWN,
        /** A call that makes a new object of the caller's own: nothing of the owner's to reach. */
        MAKES_ITS_OWN
    }

    /** Who may call a row, and how each caller is checked. */
    private enum Guard {
        TENANT_KEY {
            @Override
            void check(Row row, SoftAssertions softly) {
                for (HubClient stranger : List.of(anonymous, wrongKey)) {
                    HttpResponse<String> answer = row.request().by(stranger);
                    softly.assertThat(answer.statusCode()).as("%s without a valid key", row).isEqualTo(401);
                    softly.assertThat(errorKind(answer)).as("%s without a valid key: %s", row, answer.body())
                            .isEqualTo("unauthorized");
                }
                checkOtherTenant(row, softly);
                HttpResponse<String> owner = ownerCall(row);
                softly.assertThat(owner.statusCode()).as("%s by its owner: %s", row, owner.body())
                        .isEqualTo(row.ownerStatus());
            }
        },
        PUBLIC {
            @Override
            void check(Row row, SoftAssertions softly) {
                HttpResponse<String> answer = row.request().by(anonymous);
                softly.assertThat(answer.statusCode()).as("%s without credentials", row).isEqualTo(row.ownerStatus());
            }
        },
        /** The token in the path is the key: a made-up one is 404, the order's own opens it. */
        TRACKING_TOKEN {
            @Override
            void check(Row row, SoftAssertions softly) {
                Request guessed = row.request().withPath(row.request().path()
                        .replace(data.token(), "AAAAAAAAAAAAAAAAAAAAAA")
                        .replace(data.deliveredToken(), "AAAAAAAAAAAAAAAAAAAAAA"));
                softly.assertThat(status(guessed)).as("%s with a guessed token", row).isEqualTo(404);
                softly.assertThat(status(row.request())).as("%s with the order's token", row)
                        .isEqualTo(row.ownerStatus());
                if (row.request().path().contains("/documents/")) {
                    Request otherOrder = row.request().withPath(row.request().path()
                            .replace(data.deliveredToken(), data.token()));
                    softly.assertThat(status(otherOrder)).as("%s with another order's token", row).isEqualTo(404);
                }
            }

            private int status(Request request) {
                return request.path().endsWith("/events") ? anonymous.streamStatus(request.path())
                        : request.by(anonymous).statusCode();
            }
        },
        /** A device with a secret must present it (query parameter or Basic); without it, 401. */
        DEVICE_CREDENTIALS {
            @Override
            void check(Row row, SoftAssertions softly) {
                Request bare = new Request(row.request().method(),
                        row.request().path().replace("&secret=" + DEVICE_SECRET, ""), row.request().contentType(),
                        row.request().body());
                Request wrongSecret = row.request().authorization() != null
                        ? bare.withBasic(SECRET_DEVICE, "wrong-secret-wrong")
                        : bare.withPath(bare.path() + "&secret=wrong-secret-wrong");
                for (Request refused : List.of(bare, wrongSecret)) {
                    HttpResponse<String> answer = refused.by(anonymous);
                    softly.assertThat(answer.statusCode()).as("%s without the device's secret: %s %s", row,
                            refused.path(), refused.authorization()).isEqualTo(401);
                    softly.assertThat(errorKind(answer)).as("%s: %s", row, answer.body()).isEqualTo("unauthorized");
                }
                HttpResponse<String> device = row.request().by(anonymous);
                softly.assertThat(device.statusCode()).as("%s with the secret: %s", row, device.body())
                        .isEqualTo(row.ownerStatus());
            }
        },
        /** Carriers sign their webhooks; no carrier is configured in the shipped config, so none exists. */
        SIGNED {
            @Override
            void check(Row row, SoftAssertions softly) {
                HttpResponse<String> answer = row.request().by(anonymous);
                softly.assertThat(answer.statusCode()).as("%s", row).isEqualTo(row.ownerStatus());
                softly.assertThat(errorKind(answer)).as("%s: %s", row, answer.body()).isEqualTo("not_found");
            }
        },
        /** Open to nobody (Spring's error page is reached only by the server's own error dispatch). */
        CLOSED {
            @Override
            void check(Row row, SoftAssertions softly) {
                for (HubClient caller : List.of(anonymous, demo)) {
                    HttpResponse<String> answer = row.request().by(caller);
                    softly.assertThat(answer.statusCode()).as("%s", row).isEqualTo(row.ownerStatus());
                    softly.assertThat(errorKind(answer)).as("%s: %s", row, answer.body()).isEqualTo("forbidden");
                }
            }
        },
        /**
         * HTTP Basic with the tenant's id and key (or a WS-Security UsernameToken): no credentials is a SOAP fault
         * asking for them, wrong ones are 401 in the JSON error format, another tenant's order is the NOT_FOUND fault
         * of an order that does not exist.
         */
        SOAP {
            @Override
            void check(Row row, SoftAssertions softly) {
                HttpResponse<String> none = row.request().by(anonymous);
                softly.assertThat(none.statusCode()).as("%s without credentials", row).isEqualTo(500);
                softly.assertThat(none.body()).as("%s without credentials", row).contains("wsse:");
                HttpResponse<String> wrong = row.request().withBasic("demo", "not-a-key").by(anonymous);
                softly.assertThat(wrong.statusCode()).as("%s with a wrong key", row).isEqualTo(401);
                softly.assertThat(errorKind(wrong)).as("%s with a wrong key: %s", row, wrong.body())
                        .isEqualTo("unauthorized");
                HttpResponse<String> other = row.request().withBasic("rival", RIVAL_KEY).by(anonymous);
                HttpResponse<String> unknown = row.request()
                        .withBody(row.request().text().replace(data.order(), "ord-nowhere"))
                        .withBasic("demo", HubClient.DEMO_KEY).by(anonymous);
                softly.assertThat(other.statusCode()).as("%s for another tenant's order", row).isEqualTo(500);
                softly.assertThat(other.body().replace(data.order(), "ord-nowhere"))
                        .as("%s for another tenant's order", row).isEqualTo(unknown.body());
                HttpResponse<String> owner = row.request().withBasic("demo", HubClient.DEMO_KEY).by(anonymous);
                softly.assertThat(owner.statusCode()).as("%s by its owner: %s", row, owner.body())
                        .isEqualTo(row.ownerStatus());
            }
        };

        abstract void check(Row row, SoftAssertions softly);

        private static void checkOtherTenant(Row row, SoftAssertions softly) {
            switch (row.other()) {
                case NOT_FOUND -> {
                    HttpResponse<String> answer = row.request().by(rival);
                    softly.assertThat(answer.statusCode()).as("%s by another tenant: %s", row, answer.body())
                            .isEqualTo(404);
                    softly.assertThat(errorKind(answer)).as("%s by another tenant", row).isEqualTo("not_found");
                }
                case SEES_ONLY_ITS_OWN -> {
                    HttpResponse<String> answer = row.request().by(rival);
                    softly.assertThat(answer.statusCode()).as("%s by another tenant", row).isEqualTo(200);
                    softly.assertThat(answer.body()).as("%s by another tenant", row)
                            .doesNotContain(data.identifiers());
                }
                case AS_UNKNOWN -> {
                    HttpResponse<String> answer = row.request().by(rival);
                    HttpResponse<String> unknown = row.request().withBody(row.request().text()
                            .replace(data.orderToDispatch(), "ord-nowhere").replace(data.device(), "nowhere"))
                            .by(rival);
                    softly.assertThat(answer.statusCode()).as("%s by another tenant: %s", row, answer.body())
                            .isEqualTo(unknown.statusCode()).isBetween(400, 404);
                    softly.assertThat(errorKind(answer)).as("%s by another tenant", row)
                            .isEqualTo(errorKind(unknown));
                }
                case MAKES_ITS_OWN -> {
                    // Nothing of the owner's is named in the call.
                }
            }
        }

        /** The owner's call; a 409 "send it again" (the intake still at work on the order) is sent again. */
        private static HttpResponse<String> ownerCall(Row row) {
            return await().atMost(WAIT).until(() -> row.request().by(demo),
                    answer -> answer.statusCode() != 409 || !answer.body().contains("send it again"));
        }
    }

    private record Row(String endpoint, Guard guard, Request request, int ownerStatus, Other other) {

        @Override
        public String toString() {
            return endpoint;
        }
    }

    private record Request(String method, String path, String contentType, byte[] body, String authorization) {

        Request(String method, String path, String contentType, byte[] body) {
            this(method, path, contentType, body, null);
        }

        HttpResponse<String> by(HubClient client) {
            return client.send(method, path, contentType, body, authorization);
        }

        Request withPath(String otherPath) {
            return new Request(method, otherPath, contentType, body, authorization);
        }

        Request withBody(String otherBody) {
            return new Request(method, path, contentType, bytes(otherBody), authorization);
        }

        Request withBasic(String user, String password) {
            return new Request(method, path, contentType, body, "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Tenant demo's objects the rows call on: orders (one delivered with a photo), a dead letter, a device, a plan
     * of today with a dispatch into it.
     */
    private record DemoData(String order, String token, String delivered, String deliveredToken, String photo,
                            String orderToDeliver, String orderToInsert, String orderToDispatch, String deadLetter,
                            String edited, String discarded, String discardedInConsole, String device, String plan,
                            String dispatch, String job) {

        static DemoData make() {
            LocalDate today = LocalDate.now(Orders.OTTAWA);
            LocalDate later = today.plusDays(2);
            String planned = order(today);
            String plan = HubClient.json(expect(demo.postJson("/api/v1/plans",
                    "{\"depotId\":\"ottawa\",\"date\":\"" + today + "\"}"), 202)).path("id").asText();
            JsonNode made = HubClient.json(await().atMost(WAIT).until(() -> demo.get("/api/v1/plans/" + plan),
                    answer -> answer.statusCode() == 200));
            assertThat(made.path("routes").findValuesAsText("orderId")).as(made.toString()).contains(planned);
            String dispatched = order(today);
            String dispatch = expect(demo.postJson("/api/v1/dispatch", "{\"orderIds\":[\"" + dispatched + "\"]}"),
                    200).headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");

            String order = order(later);
            String delivered = order(later);
            JsonNode proof = HubClient.json(expect(proofOfDelivery(delivered).by(demo), 201));
            String photo = proof.path("photos").get(0).path("sha256").asText();
            String device = "matrix-phone";
            expect(demo.postJson("/api/v1/devices", "{\"id\":\"" + device + "\",\"vehicleId\":\"van-1\"}"), 201);
            for (String van : List.of(VAN, RETIRED_VAN)) {
                expect(demo.postJson("/api/v1/fleet/vehicles", vehicle(van)), 201);
            }
            for (String driver : List.of(DRIVER, RETIRED_DRIVER)) {
                expect(demo.postJson("/api/v1/fleet/drivers", "{\"id\":\"" + driver + "\"}"), 201);
            }
            return new DemoData(order, tokenOf(order), delivered, tokenOf(delivered), photo, order(later),
                    order(today), order(today), refusedOrder(), refusedOrder(), refusedOrder(), refusedOrder(), device,
                    plan, dispatch, job(later));
        }

        /** Everything of demo's that another tenant's list must not show. */
        String[] identifiers() {
            return new String[] {order, delivered, orderToDeliver, deadLetter, edited, discarded,
                discardedInConsole, device, plan, dispatch, job, VAN, DRIVER};
        }

        /** A message its sender asked to be taken in as a job. */
        private static String job(LocalDate day) {
            return HubClient.json(expect(demo.postPreferringAsync("/api/v1/inbound/canonical-json", HubClient.JSON,
                    Orders.canonicalJson("matrix-job-" + System.nanoTime(), 45.4180, -75.6900, day)
                            .getBytes(StandardCharsets.UTF_8)), 202)).path("id").asText();
        }

        /** A broken order of demo's, refused and kept: its dead letter. */
        private static String refusedOrder() {
            HttpResponse<String> invalid = demo.postJson("/api/v1/inbound/canonical-json", BROKEN_ORDER);
            return HubClient.json(expect(invalid, 400)).path("deadLetter").asText();
        }

        private static String order(LocalDate day) {
            return Orders.accepted(demo.postJson("/api/v1/inbound/canonical-json",
                    Orders.canonicalJson("matrix-" + System.nanoTime(), 45.4180, -75.6900, day)));
        }

        private static String tokenOf(String orderId) {
            return demo.getJson("/api/v1/orders/" + orderId).path("tracking").path("token").asText();
        }

        private static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
            return answer;
        }
    }

    private static Row tenant(String endpoint, Request request, int ownerStatus, Other other) {
        return new Row(endpoint, Guard.TENANT_KEY, request, ownerStatus, other);
    }

    /** The report period around today: the matrix's orders are planned within it. */
    private static String days() {
        LocalDate today = LocalDate.now(Orders.OTTAWA);
        return "from=" + today.minusDays(7) + "&to=" + today.plusDays(7);
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static Request post(String path, String json) {
        return new Request("POST", path, JSON, bytes(json));
    }

    private static Request put(String path, String json) {
        return new Request("PUT", path, JSON, bytes(json));
    }

    private static Request delete(String path) {
        return new Request("DELETE", path, null, null);
    }

    /** A vehicle of tenant demo's depot, for the fleet API, costed in the depot's currency. */
    private static String vehicle(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"CARGO_BIKE\",\"depotId\":\"ottawa\",\"capacity\":{\"weightKg\":100},"
                + "\"costs\":{\"perKm\":0.05,\"currency\":\"CAD\"}}";
    }

    /** A console form, as a browser posts it. */
    private static Request form(String path, String fields) {
        return new Request("POST", path, "application/x-www-form-urlencoded", bytes(fields));
    }

    private static Request proofOfDelivery(String orderId) {
        Multipart proof = new Multipart().field("recipientName", "M. Atrix").field("driverId", "drv-ana")
                .file("photo", "door.png", "image/png", PHOTO);
        return new Request("POST", "/api/v1/orders/" + orderId + "/pod", proof.contentType(), proof.body());
    }

    private static Request flespi(String device) {
        return post("/api/v1/telematics/flespi", "[{\"ident\":\"" + device + "\",\"position.latitude\":45.4180,"
                + "\"position.longitude\":-75.6900,\"timestamp\":" + Instant.now().getEpochSecond() + "}]");
    }

    private static String osmAnd() {
        return "/devices/osmand?id=" + SECRET_DEVICE + "&lat=45.4180&lon=-75.6900&timestamp="
                + Instant.now().getEpochSecond() + "&secret=" + DEVICE_SECRET;
    }

    private static Request ownTracks() {
        String location = "{\"_type\":\"location\",\"lat\":45.4180,\"lon\":-75.6900,\"tst\":"
                + Instant.now().getEpochSecond() + "}";
        return new Request("POST", "/devices/owntracks", JSON, bytes(location)).withBasic(SECRET_DEVICE,
                DEVICE_SECRET);
    }

    private static Request soapStatus(String path, String orderId) {
        String envelope = path.endsWith("12")
                ? "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\">"
                : "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\">";
        String type = path.endsWith("12") ? "application/soap+xml; charset=utf-8" : "text/xml; charset=utf-8";
        String request = envelope + "<e:Body><d:getDeliveryStatus xmlns:d=\"urn:lastmile-hub:soap:delivery:v1\">"
                + "<d:orderId>" + orderId + "</d:orderId></d:getDeliveryStatus></e:Body></e:Envelope>";
        return new Request("POST", path, type, bytes(request));
    }

    private static String errorKind(HttpResponse<String> answer) {
        try {
            return HubClient.json(answer).path("error").asText();
        } catch (RuntimeException notJson) {
            return "(not the hub's JSON error: '" + answer.body() + "')";
        }
    }

    private static void assertJsonError(HttpResponse<String> answer, String kind) {
        assertThat(errorKind(answer)).as(answer.body()).isEqualTo(kind);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
