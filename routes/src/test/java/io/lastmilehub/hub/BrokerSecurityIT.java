package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An ERP on the broker's network acceptor, with a plain Artemis JMS client: it needs its tenant's broker user, reads
 * its tenant's events on {@code lastmile.tenant.<tenant>.status}, and nothing of other tenants or of the hub (sending
 * to its inbox: {@code SapIdocIT}).
 */
class BrokerSecurityIT extends HubIntegrationTest {

    private static final String DEMO_USER = "demo-erp";
    private static final String DEMO_PASSWORD = "demo-broker-secret";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nobodyConnectsWithoutAUserAndItsPassword() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(ACCEPTOR_URL);

        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection(DEMO_USER, "not-the-password").close())
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection("van-2-owntracks", "demo-device-secret").close())
                .isInstanceOf(JMSSecurityException.class); // a device's credentials are for MQTT only
    }

    @Test
    void aTenantsUserReadsItsOwnStatusEventsAndNoOneElses() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(ACCEPTOR_URL);
        List<Message> received = new CopyOnWriteArrayList<>();
        try (Connection erp = factory.createConnection(DEMO_USER, DEMO_PASSWORD);
             TopicRecorder allTenants = new TopicRecorder("lastmile.status")) {
            Session session = erp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic("lastmile.tenant.demo.status"))
                    .setMessageListener(received::add);
            erp.start();

            String theirs = order(TRACK_KEY, "track");
            String mine = order(DEMO_KEY, "demo");

            await().atMost(Duration.ofSeconds(15)).until(() -> allTenants.received().stream()
                    .anyMatch(m -> m.body().contains(theirs)));
            await().atMost(Duration.ofSeconds(15)).until(() -> bodies(received).stream()
                    .anyMatch(body -> body.contains(mine)));
            assertThat(bodies(received)).noneMatch(body -> body.contains(theirs));
            assertThat(received).allSatisfy(m -> assertThat(m.getStringProperty("LastMileTenant")).isEqualTo("demo"));
        }
    }

    @Test
    void aTenantsUserCannotReadAnotherTenantsOrTheHubsAddressesNorManageTheBroker() throws Exception {
        try (Connection erp = new ActiveMQConnectionFactory(ACCEPTOR_URL)
                .createConnection(DEMO_USER, DEMO_PASSWORD)) {
            Session session = erp.createSession(false, Session.AUTO_ACKNOWLEDGE);

            for (String topic : List.of("lastmile.tenant.track.status", "lastmile.status", "lastmile.cost")) {
                assertThatThrownBy(() -> session.createConsumer(session.createTopic(topic)))
                        .as(topic).isInstanceOf(JMSSecurityException.class);
            }
            for (String queue : List.of("lastmile.status::sap-shipment-status", "lastmile.orders.received")) {
                assertThatThrownBy(() -> session.createBrowser(session.createQueue(queue)).getEnumeration()
                        .hasMoreElements()).as(queue).isInstanceOf(JMSSecurityException.class);
                assertThatThrownBy(() -> session.createConsumer(session.createQueue(queue)))
                        .as(queue).isInstanceOf(JMSSecurityException.class);
            }
            assertThatThrownBy(() -> session.createProducer(session.createQueue("activemq.management"))
                    .send(session.createTextMessage("listAddresses"))).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> session.createProducer(session.createTopic("lastmile.tenant.demo.status"))
                    .send(session.createTextMessage("{}"))).isInstanceOf(JMSSecurityException.class);
            for (String queue : List.of("lastmile.tenant.track.in.idoc", "lastmile.orders.received")) {
                assertThatThrownBy(() -> session.createProducer(session.createQueue(queue))
                        .send(session.createTextMessage("{}"))).as(queue).isInstanceOf(JMSSecurityException.class);
            }
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("lastmile.tenant.demo.in.idoc")))
                    .isInstanceOf(JMSSecurityException.class); // its inbox is for sending only
        }
    }

    @Test
    void anotherTenantsUserCannotReadThisTenantsEvents() throws Exception {
        try (Connection erp = new ActiveMQConnectionFactory(ACCEPTOR_URL)
                .createConnection(TRACK_BROKER_USER, TRACK_BROKER_PASSWORD)) {
            Session session = erp.createSession(false, Session.AUTO_ACKNOWLEDGE);

            assertThatThrownBy(() -> session.createConsumer(session.createTopic("lastmile.tenant.demo.status")))
                    .isInstanceOf(JMSSecurityException.class);
            MessageConsumer own = session.createConsumer(session.createTopic("lastmile.tenant.track.status"));
            own.close();
        }
    }

    private String order(String key, String tenant) throws Exception {
        DeliveryOrder order = DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId("broker-" + UUID.randomUUID()).build())
                .shipTo(Party.builder().name("Ada").address(Address.builder().line1("150 Elgin St").city("Ottawa")
                        .postalCode("K1P 1J1").countryCode("CA").build()).build())
                .tenant(tenant).build();
        return json.readTree(post("/api/v1/inbound/canonical-json", key, CanonicalJson.toJsonBytes(order),
                MediaType.APPLICATION_JSON).getBody()).path("orders").get(0).asText();
    }

    private static List<String> bodies(List<Message> messages) throws JMSException {
        List<String> bodies = new ArrayList<>();
        for (Message message : messages) {
            bodies.add(((TextMessage) message).getText());
        }
        return bodies;
    }
}
