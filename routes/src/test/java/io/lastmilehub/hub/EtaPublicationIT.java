package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.hub.tracking.OrderEtaRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An accepted position publishes the live ETAs of the orders ahead of the vehicle that moved enough, as one message
 * on {@code lastmile.eta}, and stores them; an ETA beyond the order's window raises a delay on {@code lastmile.status}
 * at once. Devices of one vehicle reporting at once are all answered.
 */
class EtaPublicationIT extends TrackedRouteTest {

    @Autowired
    private OrderEtaRepository storedEtas;

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

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !etas.entriesWhere("etas", "orderId", late).isEmpty());
            JsonNode eta = etas.entriesWhere("etas", "orderId", late).get(0);
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

    @Test
    void anEtaIsPublishedAgainOnlyOnceItMovedByTheThreshold() throws Exception {
        String ahead = order("eta-2", "K1Y 4E9", 45.4000, -75.7300, LocalDate.now(OTTAWA).plusDays(6),
                LocalTime.of(10, 0));
        String phone = phoneOn(vehicleServing(plan(LocalDate.now(OTTAWA).plusDays(6), List.of(ahead)), ahead));
        long start = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        try (TopicRecorder etas = new TopicRecorder("lastmile.eta")) {
            // The van stands still: its ETA moves with the clock, 30 s, 45 s, then 200 s after the first position.
            report(phone, 45.3800, -75.7600, start);
            report(phone, 45.3800, -75.7600, start + 30);
            report(phone, 45.3800, -75.7600, start + 45);
            report(phone, 45.3800, -75.7600, start + 200);

            await().atMost(Duration.ofSeconds(10)).until(() -> etas.entriesWhere("etas", "orderId", ahead).size() > 1);
            List<JsonNode> published = etas.entriesWhere("etas", "orderId", ahead);
            assertThat(published).extracting(eta -> Instant.parse(eta.path("positionTime").asText()))
                    .containsExactly(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + 200));
            Instant first = Instant.parse(published.get(0).path("eta").asText());
            Instant moved = Instant.parse(published.get(1).path("eta").asText());
            assertThat(Duration.between(first, moved)).isEqualTo(Duration.ofSeconds(200));
            assertThat(storedEtas.findById(ahead).orElseThrow().getEta()).isEqualTo(moved);
        }
    }

    @Test
    void twoDevicesOfOneVehicleReportingAtOnceAreAllAnsweredAndTheNewestEtaIsKept() throws Exception {
        LocalDate day = LocalDate.now(OTTAWA).plusDays(7);
        List<String> orders = List.of(order("eta-3", "K1Y 4E9", 45.4000, -75.7300, day, LocalTime.of(9, 0)),
                order("eta-4", "K1Z 7K5", 45.3950, -75.7400, day, LocalTime.of(9, 0)),
                order("eta-5", "K2A 1A1", 45.3900, -75.7500, day, LocalTime.of(9, 0)));
        String vehicle = vehicleServing(plan(day, orders), orders.get(0));
        List<String> phones = List.of(phoneOn(vehicle), phoneOn(vehicle));
        long start = Instant.now().minus(Duration.ofHours(4)).getEpochSecond();
        int reports = 60;
        ExecutorService devices = Executors.newFixedThreadPool(phones.size());
        try {
            List<Future<List<HttpStatusCode>>> answers = new ArrayList<>();
            for (int device = 0; device < phones.size(); device++) {
                String phone = phones.get(device);
                long offset = device * 100L; // the devices' positions interleave, 100 s apart
                answers.add(devices.submit(() -> IntStream.range(0, reports).mapToObj(i -> http.getForEntity(
                        "/devices/osmand?secret=" + secretOf(phone) + "&id=" + phone + "&lat=45.38&lon=-75.76"
                                + "&timestamp=" + (start + offset + 200L * i), String.class).getStatusCode())
                        .toList()));
            }
            for (Future<List<HttpStatusCode>> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).hasSize(reports).containsOnly(HttpStatus.OK);
            }
        } finally {
            devices.shutdownNow();
        }
        Instant newest = Instant.ofEpochSecond(start + 200L * (reports - 1));
        for (String order : orders) {
            assertThat(storedEtas.findById(order).orElseThrow().getPositionTime()).isAfterOrEqualTo(newest);
        }
    }
}
