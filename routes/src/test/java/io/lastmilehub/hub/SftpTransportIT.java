package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.EmbeddedSftpServer;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SFTP route templates (config/routes/sftp-*-template.camel.yaml) against a partner's SFTP server on loopback,
 * host keys checked strictly against a known_hosts file: a file in the partner's outbox becomes an order; a message
 * for the partner on lastmile.edi.outbound lands in its inbox; with the server down, the upload is retried, kept as a
 * dead letter, and delivered by a replay once the server is back.
 */
class SftpTransportIT extends HubIntegrationTest {

    private static final String PARTNER = "acme-3pl";
    private static final EmbeddedSftpServer SFTP = new EmbeddedSftpServer();
    /** The hub's Camel context, once the partner's routes are added to it. */
    private static CamelContext routesAddedTo;

    @Autowired
    private CamelContext camel;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void directories() throws Exception {
        Files.createDirectories(SFTP.home().resolve("outbox"));
    }

    @AfterAll
    static void removeRoutesAndStopServer() throws Exception {
        if (routesAddedTo != null) {
            for (String route : new String[] {"sftp-inbox-" + PARTNER, "sftp-upload-" + PARTNER}) {
                routesAddedTo.getRouteController().stopRoute(route);
                routesAddedTo.removeRoute(route);
            }
        }
        SFTP.close();
    }

    @Test
    void aFileInThePartnersOutboxBecomesAnOrderAndMovesToDone() throws Exception {
        addRoutes();
        Path outbox = SFTP.home().resolve("outbox");
        Path partial = Files.write(outbox.resolve("order-8101.json.part"), Samples.shopifyOrderNumbered(8101));
        Files.move(partial, outbox.resolve("order-8101.json"));

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/orders?status=RECEIVED", DEMO_KEY)
                .getBody().contains("\"#8101\""));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.notExists(outbox.resolve("order-8101.json")));
        try (var done = Files.walk(outbox.resolve(".done"))) {
            assertThat(done.map(Path::getFileName).map(Path::toString)).contains("order-8101.json");
        }
    }

    @Test
    void aMessageForThePartnerIsUploadedUnderItsFileName() throws Exception {
        addRoutes();
        byte[] edi = Samples.read("x12/856-Example3.txt");

        sendToPartner("856-0001.edi", edi);

        Path uploaded = SFTP.home().resolve("inbox/856-0001.edi");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(uploaded));
        assertThat(Files.readAllBytes(uploaded)).isEqualTo(edi);
        assertThat(Files.exists(SFTP.home().resolve("inbox/856-0001.edi.part"))).isFalse();
    }

    @Test
    void whileTheServerIsDownTheUploadIsDeadLetteredAndAReplayDeliversIt() throws Exception {
        addRoutes();
        SFTP.stop();
        byte[] edi = "ISA*00*replay-me~".getBytes(StandardCharsets.US_ASCII);
        JsonNode letter;
        try {
            sendToPartner("214-0002.edi", edi);
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter("214-0002.edi") != null);
            letter = deadLetter("214-0002.edi");
        } finally {
            SFTP.start();
        }
        assertThat(letter.path("routeId").asText()).isEqualTo("sftp-upload-" + PARTNER);

        assertThat(post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay", DEMO_KEY, new byte[0],
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);

        Path uploaded = SFTP.home().resolve("inbox/214-0002.edi");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(uploaded));
        assertThat(Files.readAllBytes(uploaded)).isEqualTo(edi);
    }

    private void sendToPartner(String fileName, byte[] body) {
        JmsTemplate jms = new JmsTemplate(new ActiveMQConnectionFactory("vm://0"));
        jms.send("lastmile.edi.outbound", session -> {
            var message = session.createBytesMessage();
            message.writeBytes(body);
            message.setStringProperty("LastMilePartner", PARTNER);
            message.setStringProperty("LastMileTenant", "demo");
            message.setStringProperty("CamelFileName", fileName);
            return message;
        });
    }

    private JsonNode deadLetter(String fileName) throws Exception {
        JsonNode letters = json.readTree(get("/api/v1/dead-letters", DEMO_KEY).getBody());
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> l.path("headers").toString().contains(fileName)).findFirst().orElse(null);
    }

    /** One inbox and one upload route for the partner, from the YAML templates, once for the shared hub. */
    private synchronized void addRoutes() throws Exception {
        if (routesAddedTo != null) {
            return;
        }
        Path knownHosts = SFTP.knownHosts(Files.createTempFile("known_hosts", ""));
        TemplatedRouteBuilder.builder(camel, "sftp-inbox").routeId("sftp-inbox-" + PARTNER)
                .parameter("tenant", "demo").parameter("format", "shopify")
                .parameter("host", "127.0.0.1").parameter("port", SFTP.port())
                .parameter("username", EmbeddedSftpServer.USER).parameter("password", EmbeddedSftpServer.PASSWORD)
                .parameter("directory", "outbox").parameter("delay", "200").parameter("include", ".*\\.json")
                .parameter("knownHostsFile", knownHosts.toString())
                .add();
        TemplatedRouteBuilder.builder(camel, "sftp-upload").routeId("sftp-upload-" + PARTNER)
                .parameter("partner", PARTNER)
                .parameter("host", "127.0.0.1").parameter("port", SFTP.port())
                .parameter("username", EmbeddedSftpServer.USER).parameter("password", EmbeddedSftpServer.PASSWORD)
                .parameter("directory", "inbox")
                .parameter("knownHostsFile", knownHosts.toString())
                .add();
        routesAddedTo = camel;
    }
}
