package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.ArtemisBroker;
import io.lastmilehub.acceptance.support.ArtemisCluster;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.TopicSubscriber;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on real infrastructure (issue #18): two hubs from the packaged jar on one PostgreSQL and an external
 * Artemis cluster made with the official distribution (two live brokers, the second with a replicating backup; see
 * {@link ArtemisCluster}), configured with properties only. Orders go in through both hubs' HTTP endpoints and
 * plans are requested from both; every order is planned once, no depot is planned by two instances at once and every
 * status event is published once. Then one hub and the live broker with the backup are killed -9 while orders
 * arrive: the other hub and the backup go on, and the counts still hold.
 * The load is scaled down from the 5,000 orders to keep the suite's time (docs/production-deployment.md).
 */
@ExtendWith(HubLogOnFailure.class)
class ScaleOutIT {

    /** The figures docs/production-deployment.md quotes. */
    private static final Logger FIGURES = LoggerFactory.getLogger(ScaleOutIT.class);
    private static final int CLIENTS = 4;
    private static final int ORDERS_BEFORE = 120;
    private static final int ORDERS_UNDER_FAILURE = 120;
    /** Each day of orders is one plan of depot ottawa; all are serialised by the group demo/ottawa. */
    private static final List<LocalDate> DAYS_BEFORE = days(1, 4);
    private static final List<LocalDate> DAYS_UNDER_FAILURE = days(5, 2);
    /** Generous: on the shared 2-core machine a hub's first minutes crawl (start-up took 300 to 400 s there). */
    private static final Duration WAIT = Duration.ofMinutes(8);

    @Test
    void twoHubsOnAClusterPlanEveryOrderOnceAndGoOnWhenAHubAndALiveBrokerAreKilled() throws Exception {
        String database = databaseOfItsOwn();
        try (ArtemisCluster brokers = ArtemisCluster.start();
             HubProcess first = HubProcess.startShipped(hubArguments(brokers, database, false));
             HubProcess second = HubProcess.startShipped(hubArguments(brokers, database, true));
             TopicSubscriber statuses = new TopicSubscriber(brokers.connectToFirst(), "lastmile.status")) {
            List<HubClient> both = List.of(new HubClient(first), new HubClient(second));
            Map<String, LocalDate> accepted = new ConcurrentHashMap<>();

            long started = System.nanoTime();
            send(both, ORDERS_BEFORE, DAYS_BEFORE, accepted, new AtomicBoolean(true));
            FIGURES.info("{} orders accepted through 2 hubs in {} ms", accepted.size(), millisSince(started));
            awaitStatus(statuses, accepted.keySet(), "RECEIVED");
            plan(both, DAYS_BEFORE);
            awaitStatus(statuses, accepted.keySet(), "PLANNED");
            assertEachOnce(statuses, database, accepted.keySet());
            FIGURES.info("{} orders in {} plans, each planned once, in {} ms", accepted.size(), DAYS_BEFORE.size(),
                    millisSince(started));

            Set<String> beforeFailure = Set.copyOf(accepted.keySet());
            killUnderLoad(both, second, brokers, accepted);
            List<HubClient> survivor = List.of(both.get(0));
            awaitStatus(statuses, accepted.keySet(), "RECEIVED");
            plan(survivor, DAYS_UNDER_FAILURE);
            Set<String> afterFailure = accepted.entrySet().stream()
                    .filter(order -> DAYS_UNDER_FAILURE.contains(order.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            awaitStatus(statuses, afterFailure, "PLANNED");
            assertEachOnce(statuses, database, accepted.keySet());
            assertThat(accepted.keySet()).containsAll(beforeFailure);
            assertNoDepotPlannedTwiceAtOnce(database);
        }
    }

    private static String[] hubArguments(ArtemisCluster brokers, String database, boolean preferSecond) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        return new String[] {"--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + brokers.hubUrl(preferSecond),
                "--spring.artemis.user=" + ArtemisBroker.USER, "--spring.artemis.password=" + ArtemisBroker.PASSWORD,
                "--spring.profiles.active=postgres", "--LASTMILE_DB_URL=" + database,
                "--LASTMILE_DB_USER=" + postgres.username(), "--LASTMILE_DB_PASSWORD=" + postgres.password(),
                // Small plans, and the zones of Ottawa's region only: the test is about who does the work.
                "--lastmile.time-zones.area.min-latitude=40", "--lastmile.time-zones.area.min-longitude=-80",
                "--lastmile.time-zones.area.max-latitude=50", "--lastmile.time-zones.area.max-longitude=-70",
                "--lastmile.planning.max-iterations=50", "--lastmile.planning.time-budget=5s"};
    }

    /** Sends orders from several clients, round robin over the hubs, until {@code count} were accepted or stopped. */
    private static void send(List<HubClient> hubs, int count, List<LocalDate> days, Map<String, LocalDate> accepted,
                             AtomicBoolean running) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        int target = accepted.size() + count;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (running.get() && accepted.size() < target) {
                    int n = sent.getAndIncrement();
                    sendOne(hubs.get(n % hubs.size()), "scale-" + System.nanoTime() + "-" + n,
                            days.get(n % days.size()), accepted);
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES)).isTrue();
    }

    private static void sendOne(HubClient hub, String messageId, LocalDate day, Map<String, LocalDate> accepted) {
        try {
            HttpResponse<String> answer = hub.postJson("/api/v1/inbound/canonical-json",
                    Orders.canonicalJson(messageId, 45.38 + Math.random() / 10, -75.75 + Math.random() / 10, day));
            if (answer.statusCode() == 202) {
                accepted.put(Orders.accepted(answer), day);
            }
        } catch (RuntimeException refusedOrCutOffByAKill) {
            // Not acknowledged: the sender would send it again; nothing is promised for it.
        }
    }

    /** Orders keep coming through both hubs; the second hub and the live broker with the backup are killed -9. */
    private static void killUnderLoad(List<HubClient> hubs, HubProcess victim, ArtemisCluster brokers,
                                      Map<String, LocalDate> accepted) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        int before = accepted.size();
        Thread load = new Thread(() -> {
            try {
                send(hubs, ORDERS_UNDER_FAILURE, DAYS_UNDER_FAILURE, accepted, running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        load.start();
        await().atMost(WAIT).until(() -> accepted.size() >= before + ORDERS_UNDER_FAILURE / 4);
        long killed = System.nanoTime();
        victim.kill();
        brokers.second().kill();
        await().atMost(WAIT).until(() -> brokers.backup().isActive());
        FIGURES.info("backup broker active {} ms after kill -9 of a hub and the live broker", millisSince(killed));
        load.join(WAIT.toMillis());
        running.set(false);
        FIGURES.info("{} orders accepted while a hub and a live broker were killed", accepted.size() - before);
    }

    /** Requests one plan per day of depot ottawa, alternately through the hubs, all at once, and waits for them. */
    private static void plan(List<HubClient> hubs, List<LocalDate> days) throws InterruptedException {
        ExecutorService requests = Executors.newFixedThreadPool(days.size());
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            HubClient hub = hubs.get(i % hubs.size());
            LocalDate day = days.get(i);
            requests.submit(() -> {
                HttpResponse<String> planned = hub.postJson("/api/v1/plans?wait=120s",
                        "{\"depotId\":\"ottawa\",\"date\":\"" + day + "\"}");
                synchronized (answers) {
                    answers.add(planned.statusCode());
                }
            });
        }
        requests.shutdown();
        assertThat(requests.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES)).isTrue();
        assertThat(answers).as("answers to the plan requests").containsOnly(201);
    }

    private static void awaitStatus(TopicSubscriber statuses, Set<String> orders, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders).isSubsetOf(published(statuses, status).keySet()));
    }

    /** Every RECEIVED and PLANNED event published once on the topic and stored once, for every accepted order. */
    private static void assertEachOnce(TopicSubscriber statuses, String database, Set<String> orders)
            throws SQLException {
        for (String status : List.of("RECEIVED", "PLANNED")) {
            Map<String, Long> published = published(statuses, status);
            Map<String, Long> stored = stored(database, status);
            assertThat(orders).allSatisfy(order -> {
                assertThat(published.get(order)).as("%s events published of order %s", status, order).isEqualTo(1);
                assertThat(stored.get(order)).as("%s events stored of order %s", status, order).isEqualTo(1);
            });
        }
    }

    private static Map<String, Long> published(TopicSubscriber statuses, String status) {
        return statuses.received().stream().filter(event -> status.equals(event.path("status").asText()))
                .map(event -> event.path("orderId").asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> stored(String database, String status) throws SQLException {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        query(database, "select order_id, count(*) from status_event where status = '" + status
                + "' group by order_id", row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** The group demo/ottawa: no two plan requests of the depot ran at the same time, whichever hub ran them. */
    private static void assertNoDepotPlannedTwiceAtOnce(String database) throws SQLException {
        List<long[]> runs = new ArrayList<>();
        query(database, "select started_at, finished_at from plan_request where depot_id = 'ottawa'"
                + " and state = 'DONE' order by started_at", row -> runs.add(new long[] {
                        row.getTimestamp(1).getTime(), row.getTimestamp(2).getTime()}));
        assertThat(runs).hasSize(DAYS_BEFORE.size() + DAYS_UNDER_FAILURE.size());
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i)[0]).as("start of plan run %d after the end of the one before", i)
                    .isGreaterThanOrEqualTo(runs.get(i - 1)[1]);
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String database, String sql, Row row) throws SQLException {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        try (Connection connection = DriverManager.getConnection(database, postgres.username(),
                postgres.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }

    /** A database of this test's own on the suite's PostgreSQL, so that the counts are this test's only. */
    private static String databaseOfItsOwn() throws SQLException {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        String name = "scale_out_" + System.nanoTime();
        try (Connection connection = postgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.jdbcUrl().substring(0, postgres.jdbcUrl().lastIndexOf('/') + 1) + name;
    }

    private static List<LocalDate> days(int from, int count) {
        LocalDate today = LocalDate.now(Orders.OTTAWA);
        return IntStream.range(from, from + count).mapToObj(today::plusDays).toList();
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
