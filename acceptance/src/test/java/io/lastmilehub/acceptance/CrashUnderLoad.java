package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 under load: clients keep sending distinct orders while the hub is killed at a random moment. After the
 * restart on the same ./data (and database) every order answered 202 is there, a message sent again is a
 * duplicate of the same order, and every accepted order reaches the intake stage (its time window gets the ship-to's
 * zone), also those whose intake message the crash caught between the database and the broker. A subclass for each
 * database, so that failsafe's two JVMs can run them side by side.
 */
@ExtendWith(HubLogOnFailure.class)
abstract class CrashUnderLoad {

    /** The figures of each run (docs/durability.md quotes them): acknowledged, found, lost, resent, time to drain. */
    private static final Logger FIGURES = LoggerFactory.getLogger(CrashUnderLoad.class);

    private static final int CLIENTS = 6;
    private static final int MAX_ORDERS_PER_ROUND = 2_000;
    /**
     * Once on each database: each kill is a hub start of 30 to 90 s, the suite's scarcest resource. A second kill on
     * data a restart has recovered is RestartIT's (a stop, then a kill, on the same ./data).
     */
    private static final int KILLS = 1;

    /** The database's name in the figures. */
    abstract String database();

    /** What the hub is started with, besides the shipped config, to use the database. */
    abstract String[] databaseArguments();

    @Test
    void everyOrderAnswered202SurvivesKill9UnderLoadAndReachesTheIntake() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try (HubProcess hub = HubProcess.startShipped(databaseArguments())) {
            HubClient client = new HubClient(hub);
            for (int round = 1; round <= KILLS; round++) {
                int before = acknowledged.size();
                loadAndKill(hub, client, round, acknowledged);
                hub.start();
                assertThat(acknowledged.size()).as("orders answered 202 in round %d", round).isGreaterThan(before);
                assertEveryAcknowledgedOrderIsStored(client, acknowledged, round);
            }
            assertResendsAreDuplicates(client, acknowledged);
            long restarted = System.nanoTime();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(notTakenIn(client, acknowledged)).as("accepted orders the intake never took").isEmpty());
            FIGURES.info("{}: every accepted order through the intake {} s after the last checks", database(),
                    Duration.ofNanos(System.nanoTime() - restarted).toSeconds());
        }
    }

    /** Sends orders from several clients and kills the hub at a random moment while they run. */
    private static void loadAndKill(HubProcess hub, HubClient client, int round, Map<String, String> acknowledged)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (int i = 0; running.get() && i < MAX_ORDERS_PER_ROUND / CLIENTS; i++) {
                    send(client, "crash-" + round + "-" + UUID.randomUUID(), acknowledged);
                }
            });
        }
        int atLeast = acknowledged.size() + 20;
        await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= atLeast);
        Thread.sleep(ThreadLocalRandom.current().nextLong(200, 2_000));
        hub.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private static void send(HubClient client, String messageId, Map<String, String> acknowledged) {
        try {
            HttpResponse<String> answer = client.postJson("/api/v1/inbound/canonical-json",
                    Orders.canonicalJson(messageId, 45.4180, -75.6900, LocalDate.now(Orders.OTTAWA).plusDays(1)));
            if (answer.statusCode() == 202) {
                acknowledged.put(messageId, Orders.accepted(answer));
            }
        } catch (RuntimeException refusedOrCutOffByTheKill) {
            // Not acknowledged: the sender would send it again; nothing is promised for it.
        }
    }

    private static void assertEveryAcknowledgedOrderIsStored(HubClient client, Map<String, String> acknowledged,
                                                             int round) {
        List<String> lost = acknowledged.values().stream()
                .filter(orderId -> client.get("/api/v1/orders/" + orderId).statusCode() != 200).toList();
        assertThat(lost).as("of %d orders answered 202, lost after kill -9 number %d", acknowledged.size(), round)
                .isEmpty();
        FIGURES.info("kill -9 number {}: {} orders answered 202 so far, {} found after the restart, {} lost", round,
                acknowledged.size(), acknowledged.size() - lost.size(), lost.size());
    }

    private static void assertResendsAreDuplicates(HubClient client, Map<String, String> acknowledged) {
        acknowledged.entrySet().stream().limit(50).forEach(sent -> {
            HttpResponse<String> again = client.postJson("/api/v1/inbound/canonical-json", Orders.canonicalJson(
                    sent.getKey(), 45.4180, -75.6900, LocalDate.now(Orders.OTTAWA).plusDays(1)));
            assertThat(Orders.accepted(again)).isEqualTo(sent.getValue());
            assertThat(HubClient.json(again).path("duplicate").asBoolean()).as(again.body()).isTrue();
        });
        FIGURES.info("{} orders sent again: each a duplicate of the order first stored", Math.min(50,
                acknowledged.size()));
    }

    /** Accepted orders whose time window has no zone yet: the intake stage has not taken them. */
    private static List<String> notTakenIn(HubClient client, Map<String, String> acknowledged) {
        return acknowledged.values().stream()
                .filter(orderId -> client.getJson("/api/v1/orders/" + orderId).path("timeWindows").path(0)
                        .path("zoneId").asText().isEmpty())
                .toList();
    }
}
