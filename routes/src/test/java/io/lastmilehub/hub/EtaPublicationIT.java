package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every accepted position publishes the live ETA of each order still ahead of the vehicle on {@code lastmile.eta};
 * an ETA beyond the order's window raises a delay on {@code lastmile.status} at once.
 */
class EtaPublicationIT extends TrackedRouteTest {

    @Test
    void aPositionPublishesTheEtaOfTheOrdersAheadAndOneBeyondItsWindowRaisesADelay() throws Exception {
        // Yesterday's route, driven now: every stop's window is over, so the live ETA is after it.
        LocalDate yesterday = LocalDate.now(OTTAWA).minusDays(1);
        String late = order("eta-1", "K2P 0A5", 45.4100, -75.7000, yesterday, LocalTime.of(8, 0));
        String vehicle = vehicleServing(plan(yesterday, List.of(late)), late);
        String phone = phoneOn(vehicle);
        try (TopicRecorder etas = new TopicRecorder("lastmile.eta");
             TopicRecorder statuses = new TopicRecorder("lastmile.status")) {
            Instant now = Instant.now();

            report(phone, 45.4215, -75.6972, now.getEpochSecond());

            await().atMost(Duration.ofSeconds(10)).until(() -> !etas.documentsWhere("orderId", late).isEmpty());
            JsonNode eta = etas.documentsWhere("orderId", late).get(0);
            assertThat(eta.path("tenant").asText()).isEqualTo("track");
            assertThat(eta.path("vehicleId").asText()).isEqualTo(vehicle);
            assertThat(eta.path("stopsBefore").asInt()).isZero();
            assertThat(Instant.parse(eta.path("eta").asText())).isAfter(now.minusSeconds(1))
                    .isBefore(now.plus(Duration.ofHours(1)));
            assertThat(eta.path("delaySeconds").asLong()).isPositive();
            assertThat(eta.path("vehicleLocation").path("latitude").asDouble()).isEqualTo(45.4215);
            await().atMost(Duration.ofSeconds(10)).until(() -> statuses.documentsWhere("orderId", late).stream()
                    .anyMatch(event -> "DELAYED".equals(event.path("reasonCode").asText())));
            JsonNode delay = statuses.documentsWhere("orderId", late).stream()
                    .filter(event -> "DELAYED".equals(event.path("reasonCode").asText())).findFirst().orElseThrow();
            assertThat(delay.path("status").asText()).isEqualTo("EXCEPTION");
            assertThat(delay.path("reason").asText()).contains("after the time window end");
        }
    }
}
