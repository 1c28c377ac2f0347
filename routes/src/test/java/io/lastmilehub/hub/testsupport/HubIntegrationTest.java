package io.lastmilehub.hub.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The whole hub on a random port with its real embedded broker and database, the repository's config/ directory
 * (tenant demo, its fleet, the YAML routes) and a fresh data directory. All subclasses share one running hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.additional-location=optional:file:../config/",
        "lastmile.config-dir=../config",
        "lastmile.broker.acceptor-url=",
        "lastmile.redelivery.max-attempts=2",
        "lastmile.redelivery.initial-delay=20ms",
        "lastmile.planning.max-iterations=300",
        "lastmile.tenants.other.api-keys[0]=other-key",
        "lastmile.tenants.other.default-depot=elsewhere"
})
@Import(HubIntegrationTest.TestClock.class)
public abstract class HubIntegrationTest {

    protected static final String DEMO_KEY = "demo-key";
    protected static final String OTHER_KEY = "other-key";
    /** Tenant "geo": the demo fleet, with Nominatim (played by {@link #GEOCODER}) as its geocoder. */
    protected static final String GEO_KEY = "geo-key";
    protected static final Path DATA_DIR = newDataDir();
    /** The geocoding service of tenant "geo", on loopback. */
    protected static final WireMockServer GEOCODER = startWireMock();
    /** Tenant "sap": the demo fleet, with its status changes pushed over SOAP to {@link #SAP}. */
    protected static final String SAP_KEY = "sap-key";
    /**
     * SAP, on loopback: the demo tenant's XML/HTTP port for IDocs ({@code /sap/bc/idoc_xml}) and tenant "sap"'s
     * SOAP status endpoint ({@link #SAP_STATUS_PATH}).
     */
    protected static final WireMockServer SAP = startWireMock();
    protected static final String SAP_STATUS_PATH = "/sap/bc/srt/lastmile/status";
    /**
     * Tenant "notify": the demo fleet and notification texts, with every channel: webhooks and SMS to
     * {@link #NOTIFY}, e-mail to {@link #MAIL}.
     */
    protected static final String NOTIFY_KEY = "notify-key";
    protected static final String WEBHOOK_PATH = "/hooks/lastmile";
    protected static final String WEBHOOK_SECRET = "whsec-it-0123456789";
    protected static final String SMS_PATH = "/sms/v1/messages";
    protected static final String SMS_TOKEN = "Bearer sms-token-it";
    /** The shop system that receives tenant "notify"'s webhooks, and its SMS provider, on loopback. */
    protected static final WireMockServer NOTIFY = startWireMock();
    /** Tenant "notify"'s SMTP server, on loopback. */
    protected static final GreenMail MAIL = startGreenMail();
    /** The hub's clock: the system clock, shifted forward by a test that needs a later "now". */
    protected static final ShiftableClock CLOCK = new ShiftableClock();

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("lastmile.data-dir", DATA_DIR::toString);
        registry.add("lastmile.inbox.dir", () -> DATA_DIR.resolve("inbox").toString());
        registry.add("lastmile.tenants.geo.api-keys[0]", () -> GEO_KEY);
        registry.add("lastmile.tenants.geo.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.geo.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.geo.geocoder.provider", () -> "nominatim");
        registry.add("lastmile.tenants.geo.geocoder.base-url", GEOCODER::baseUrl);
        registry.add("lastmile.tenants.geo.geocoder.user-agent", () -> "LastMileHub-IT (it@example.com)");
        registry.add("lastmile.tenants.geo.geocoder.min-interval", () -> "0s");
        registry.add("lastmile.tenants.geo.geocoder.timeout", () -> "2s");
        registry.add("lastmile.sap.demo-endpoint", () -> SAP.baseUrl() + "/sap/bc/idoc_xml?sap-client=100");
        registry.add("camel.component.http.response-timeout", () -> "1000");
        registry.add("lastmile.tenants.sap.api-keys[0]", () -> SAP_KEY);
        registry.add("lastmile.tenants.sap.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.sap.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.sap.sap.soap-status-url", () -> SAP.baseUrl() + SAP_STATUS_PATH);
        registry.add("lastmile.tenants.sap.sap.soap-timeout", () -> "500ms");
        registry.add("lastmile.tenants.notify.api-keys[0]", () -> NOTIFY_KEY);
        registry.add("lastmile.tenants.notify.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.notify.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.notify.notifications.templates-file", () -> "notifications/demo.yaml");
        registry.add("lastmile.tenants.notify.notifications.webhook.url", () -> NOTIFY.baseUrl() + WEBHOOK_PATH);
        registry.add("lastmile.tenants.notify.notifications.webhook.secret", () -> WEBHOOK_SECRET);
        registry.add("lastmile.tenants.notify.notifications.webhook.timeout", () -> "5s");
        registry.add("lastmile.tenants.notify.notifications.email.host", () -> "127.0.0.1");
        registry.add("lastmile.tenants.notify.notifications.email.port", () -> MAIL.getSmtp().getPort());
        registry.add("lastmile.tenants.notify.notifications.email.from", () -> "Deliveries <noreply@example.com>");
        registry.add("lastmile.tenants.notify.notifications.sms.url", () -> NOTIFY.baseUrl() + SMS_PATH);
        registry.add("lastmile.tenants.notify.notifications.sms.authorization", () -> SMS_TOKEN);
        registry.add("lastmile.tenants.notify.notifications.sms.from", () -> "LastMile");
        registry.add("lastmile.tenants.notify.notifications.sms.timeout", () -> "5s");
    }

    /** The hub runs on {@link #CLOCK}. */
    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        Clock shiftableClock() {
            return CLOCK;
        }
    }

    protected ResponseEntity<String> post(String path, String apiKey, byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (apiKey != null) {
            headers.set("X-Api-Key", apiKey);
        }
        headers.setContentType(type);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    protected ResponseEntity<String> get(String path, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** A sample message from src/test/resources/samples. */
    protected static byte[] sample(String name) {
        return Samples.read(name);
    }

    private static WireMockServer startWireMock() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static GreenMail startGreenMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("lastmile-hub-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
