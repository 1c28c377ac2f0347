package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.acceptance.support.ArtemisBroker;
import io.lastmilehub.acceptance.support.ArtemisCluster;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Multipart;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.Repository;
import io.lastmilehub.acceptance.support.ScaleOutFleet;
import io.lastmilehub.acceptance.support.ScaleOutFleet.Depot;
import io.lastmilehub.acceptance.support.TopicSubscriber;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on real infrastructure (issue #18): two hubs from the packaged jar on one PostgreSQL and an external
 * Artemis cluster made with the official distribution (two live brokers, the second with a replicating backup; see
 * {@link ArtemisCluster}), configured with properties only. Orders for four depots go in through both hubs' HTTP
 * endpoints, plans are requested from both, a phone reports its positions and drivers submit proofs of delivery
 * through both; every order is planned once, no depot is planned by two instances at once, every status event and
 * every position is published once. Then one hub and the live broker with the backup are killed -9 while orders
 * arrive (the hub that made more of the plans): the other hub and the backup go on, and the counts still hold.
 * The 5,000 orders, mostly in canonical batch messages of 50 (every tenth message a single order), plans of
 * some 250 orders; load tenders of an X12 partner before and just before the kill, each acknowledged (997) and
 * answered (990) once to the partner's system (WireMock). Heavy: run in the profile scale-out only; 12 to 17 minutes
 * here (docs/production-deployment.md). A tender accepted by the killed hub just before the kill is acknowledged by
 * the survivor's sweep of unanswered messages, a minute or two later (InboundAnswerSweeper).
 */
@ExtendWith(HubLogOnFailure.class)
class ScaleOutIT {

    /** The figures docs/production-deployment.md quotes. */
    private static final Logger FIGURES = LoggerFactory.getLogger(ScaleOutIT.class);
    private static final int CLIENTS = 4;
    /** Orders of a canonical batch message; every {@value #SINGLE_EVERY}th message is a single order instead. */
    private static final int BATCH = 50;
    private static final int SINGLE_EVERY = 10;
    /**
     * Orders through the first hub alone, then through both (the throughput of 1 hub against 2, same clients), then
     * through both while one hub and a live broker are killed: the 5,000 in all.
     */
    private static final int ORDERS_THROUGH_ONE = 1_000;
    private static final int ORDERS_BEFORE = 2_000;
    private static final int ORDERS_UNDER_FAILURE = 2_000;
    /** Each depot's day of orders is one plan (some 250 orders); a depot's plans are serialised by its group. */
    private static final List<LocalDate> DAYS_BEFORE = days(1, 3);
    private static final List<LocalDate> DAYS_UNDER_FAILURE = days(4, 2);
    /** X12 204 load tenders of partner catalyst-paper, answered with a 997 and a 990 each (acknowledgements). */
    private static final int TENDERS = 8;
    private static final int REPORTS = 12;
    private static final int PROOFS = 8;
    /** A real 1x1 PNG: the photo at the door. */
    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    /** Generous: on the shared 2-core machine a hub's first minutes crawl (start-up took 300 to 400 s there). */
    private static final Duration WAIT = Duration.ofMinutes(8);
    /** How long a plan request's answer waits for the plan (the HTTP client's time-out is 90 s). */
    private static final Duration PLAN_WAIT = Duration.ofSeconds(80);
    /** The shipped metrics collector's credential (config/application.yaml, lastmile.metrics). */
    private static final String METRICS_CREDENTIALS = "prometheus:demo-metrics-secret";
    /** Where the hubs post what they send partner catalyst-paper. */
    private static final String PARTNER_PATH = "/edi/catalyst-paper";
    private static final Pattern ISA13 = Pattern.compile("ISA(?:\\*[^*]*){12}\\*(\\d{9})\\*");
    /** A 997's AK1 names the group it acknowledges (GS06), a 990's B1 the load (B2-04). */
    private static final Pattern ACKNOWLEDGED_GROUP = Pattern.compile("AK1\\*SM\\*(\\d+)");
    private static final Pattern ANSWERED_LOAD = Pattern.compile("B1\\*[^*]*\\*(\\d+)\\*");
    /** Orders accepted (202) by each hub. */
    private static final Map<HubClient, AtomicInteger> ACCEPTED_BY = new ConcurrentHashMap<>();

    /** What an accepted order is for. */
    private record Delivery(Depot depot, LocalDate day) {
    }

    @Test
    void twoHubsOnAClusterPlanEveryOrderOnceAndGoOnWhenAHubAndALiveBrokerAreKilled() throws Exception {
        String database = databaseOfItsOwn();
        Path fleet = ScaleOutFleet.write();
        WireMockServer partner = new WireMockServer(options().dynamicPort());
        partner.start();
        partner.stubFor(post(urlPathEqualTo(PARTNER_PATH)).willReturn(ok()));
        try (ArtemisCluster brokers = ArtemisCluster.start();
             HubProcess first = HubProcess.startShipped(hubArguments(brokers, database, fleet, partner, false));
             HubProcess second = HubProcess.startShipped(hubArguments(brokers, database, fleet, partner, true));
             TopicSubscriber statuses = new TopicSubscriber(brokers.connectToFirst(), "lastmile.status");
             TopicSubscriber positions = new TopicSubscriber(brokers.connectToFirst(), "lastmile.positions")) {
            List<HubClient> both = List.of(new HubClient(first), new HubClient(second));
            Map<String, Delivery> accepted = new ConcurrentHashMap<>();

            long started = System.nanoTime();
            double throughOne = ordersPerSecond(List.of(both.get(0)), ORDERS_THROUGH_ONE, accepted);
            double throughBoth = ordersPerSecond(both, ORDERS_BEFORE, accepted);
            FIGURES.info("orders accepted per second: {} through 1 hub, {} through 2 hubs, ratio {}",
                    round(throughOne), round(throughBoth), round(throughBoth / throughOne));
            Set<Integer> tenders = new HashSet<>(tender(both, 0));
            awaitStatus(statuses, accepted.keySet(), "RECEIVED");
            FIGURES.info("{} orders taken in {} ms after the first was sent", accepted.size(), millisSince(started));
            plan(both, DAYS_BEFORE);
            awaitStatus(statuses, accepted.keySet(), "PLANNED");
            Phone phone = Phone.bind(both.get(0), "van-kanata");
            List<Instant> reported = new ArrayList<>(phone.report(both, REPORTS));
            // A customer's browser on the second hub follows an order whose proof the first hub takes.
            String followed = accepted.keySet().stream().sorted().findFirst().orElseThrow();
            List<String> trackingPage = new CopyOnWriteArrayList<>();
            both.get(1).followPublic("/track/" + both.get(0).getJson("/api/v1/orders/" + followed).path("tracking")
                    .path("token").asText() + "/events", trackingPage);
            Set<String> delivered = deliver(both, accepted.keySet(), PROOFS);
            awaitStatus(statuses, delivered, "DELIVERED");
            await().atMost(Duration.ofSeconds(30)).until(() -> trackingPage.stream()
                    .anyMatch(line -> line.startsWith("data:") && line.contains("\"status\":\"DELIVERED\"")));
            FIGURES.info("the tracking page open on one hub showed the proof of delivery taken by the other");
            assertEveryEventOnce(statuses, database, accepted.keySet(), false);
            FIGURES.info("{} orders in {} plans of {} depots, each planned once, in {} ms", accepted.size(),
                    DAYS_BEFORE.size() * ScaleOutFleet.DEPOTS.size(), ScaleOutFleet.DEPOTS.size(),
                    millisSince(started));
            FIGURES.info("work of the hubs before the kill: orders accepted {} and {}, orders taken in {} and {},"
                    + " plans made {} and {}", ACCEPTED_BY.get(both.get(0)), ACCEPTED_BY.get(both.get(1)),
                    takenIn(first), takenIn(second), plansMade(first), plansMade(second));

            Set<String> beforeFailure = Set.copyOf(accepted.keySet());
            // The hub that made more of the plans dies: the groups it served must move to the other.
            boolean secondDies = plansMade(second) >= plansMade(first);
            tenders.addAll(killUnderLoad(both, secondDies ? second : first, brokers, accepted));
            List<HubClient> survivor = List.of(both.get(secondDies ? 0 : 1));
            awaitStatus(statuses, accepted.keySet(), "RECEIVED");
            plan(survivor, DAYS_UNDER_FAILURE);
            Set<String> afterFailure = accepted.entrySet().stream()
                    .filter(order -> DAYS_UNDER_FAILURE.contains(order.getValue().day())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            awaitStatus(statuses, afterFailure, "PLANNED");
            reported.addAll(phone.report(survivor, REPORTS / 2));
            Set<String> deliveredAfter = deliver(survivor, afterFailure, PROOFS / 2);
            awaitStatus(statuses, deliveredAfter, "DELIVERED");
            assertEveryEventOnce(statuses, database, accepted.keySet(), true);
            assertThat(accepted.keySet()).containsAll(beforeFailure);
            assertEachPositionOnce(positions, phone.id(), reported);
            assertNoDepotPlannedTwiceAtOnce(database);
            assertEveryTenderAcknowledgedOnce(partner, tenders);
            FIGURES.info("{} orders and {} load tenders accepted in all, {} ms", accepted.size(), tenders.size(),
                    millisSince(started));
        } finally {
            partner.stop();
        }
    }

    private static String[] hubArguments(ArtemisCluster brokers, String database, Path fleet,
                                         WireMockServer partner, boolean preferSecond) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        return new String[] {"--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + brokers.hubUrl(preferSecond),
                "--spring.artemis.user=" + ArtemisBroker.USER, "--spring.artemis.password=" + ArtemisBroker.PASSWORD,
                "--spring.profiles.active=postgres", "--LASTMILE_DB_URL=" + database,
                "--LASTMILE_DB_USER=" + postgres.username(), "--LASTMILE_DB_PASSWORD=" + postgres.password(),
                "--lastmile.tenants.demo.fleet-file=" + fleet,
                // What the hubs send partner catalyst-paper (997, 990, 214) goes to the partner's system, WireMock.
                "--lastmile.edi.demo-endpoint=" + partner.baseUrl() + PARTNER_PATH,
                // Small plans, and the zones of Ottawa's region only: the test is about who does the work.
                "--lastmile.time-zones.area.min-latitude=40", "--lastmile.time-zones.area.min-longitude=-80",
                "--lastmile.time-zones.area.max-latitude=50", "--lastmile.time-zones.area.max-longitude=-70",
                "--lastmile.planning.max-iterations=50", "--lastmile.planning.time-budget=5s",
                "--lastmile.planning.max-wait=" + PLAN_WAIT.toSeconds() + "s"};
    }

    /** Sends {@code count} orders through the hubs ({@link #send}); answers how many were accepted a second. */
    private static double ordersPerSecond(List<HubClient> hubs, int count, Map<String, Delivery> accepted)
            throws InterruptedException {
        int before = accepted.size();
        long started = System.nanoTime();
        send(hubs, count, DAYS_BEFORE, accepted, new AtomicBoolean(true));
        return (accepted.size() - before) * 1000.0 / millisSince(started);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Sends orders from several clients, round robin over the hubs, the depots and the days, in canonical messages of
     * {@value #BATCH} orders and single ones, until {@code count} (or a batch more) were accepted or stopped.
     */
    private static void send(List<HubClient> hubs, int count, List<LocalDate> days, Map<String, Delivery> accepted,
                             AtomicBoolean running) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        int target = accepted.size() + count;
        List<Depot> depots = ScaleOutFleet.DEPOTS;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (running.get() && accepted.size() < target) {
                    int n = sent.getAndIncrement();
                    Delivery delivery = new Delivery(depots.get(n % depots.size()),
                            days.get(n / depots.size() % days.size()));
                    // n / SINGLE_EVERY shifts the hub every ten messages, so that the single orders go through both
                    sendMessage(hubs.get((n + n / SINGLE_EVERY) % hubs.size()), "scale-" + System.nanoTime() + "-" + n,
                            n % SINGLE_EVERY == 0 ? 1 : BATCH, delivery, accepted);
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES)).isTrue();
    }

    /** One canonical message of {@code count} orders for the delivery's depot and day. */
    private static void sendMessage(HubClient hub, String messageId, int count, Delivery delivery,
                                    Map<String, Delivery> accepted) {
        Depot depot = delivery.depot();
        StringBuilder orders = new StringBuilder();
        for (int i = 0; i < count; i++) {
            orders.append(i == 0 ? "" : ",").append(Orders.canonicalJson(messageId,
                            depot.latitude() + Math.random() / 20 - 0.025, depot.longitude() + Math.random() / 20 - 0.025,
                            delivery.day())
                    .replace("{\"tenant\":\"demo\",", "{\"tenant\":\"demo\",\"depotId\":\"" + depot.id() + "\",")
                    .replace("\"" + messageId + "-1\"", "\"" + messageId + "-" + i + "\""));
        }
        try {
            HttpResponse<String> answer = hub.postJson("/api/v1/inbound/canonical-json",
                    count == 1 ? orders.toString() : "{\"orders\":[" + orders + "]}");
            if (answer.statusCode() == 202) {
                HubClient.json(answer).path("orders").forEach(order -> accepted.put(order.asText(), delivery));
                ACCEPTED_BY.computeIfAbsent(hub, any -> new AtomicInteger()).addAndGet(count);
            }
        } catch (RuntimeException refusedOrCutOffByAKill) {
            // Not acknowledged: the sender would send it again; nothing is promised for it.
        }
    }

    /**
     * {@value #TENDERS} load tenders of partner catalyst-paper (the real X12 204 sample, numbered {@code from + 1}
     * on), alternately through the hubs; answers the numbers of those accepted.
     */
    private static List<Integer> tender(List<HubClient> hubs, int from) {
        String sample = new String(Repository.sampleBytes("x12/204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8);
        List<Integer> accepted = new ArrayList<>();
        for (int n = from + 1; n <= from + TENDERS; n++) {
            String tender = sample.replace("000018718", "%09d".formatted(500_000 + n))
                    .replace("*17878*", "*" + group(n) + "*").replace("GE*1*17878", "GE*1*" + group(n))
                    .replace("178780001", "6%08d".formatted(n)).replace("75027674", load(n));
            try {
                HttpResponse<String> answer = hubs.get(n % hubs.size()).post("/api/v1/inbound/x12",
                        "application/edi-x12", tender.getBytes(StandardCharsets.UTF_8));
                if (answer.statusCode() == 202) {
                    accepted.add(n);
                }
            } catch (RuntimeException refusedOrCutOffByAKill) {
                // Not acknowledged over HTTP: the partner would send it again.
            }
        }
        return accepted;
    }

    /** The GS06 group control number of tender {@code n}. */
    private static String group(int n) {
        return Integer.toString(60_000 + n);
    }

    /** The load id (B2-04) of tender {@code n}. */
    private static String load(int n) {
        return Integer.toString(76_000_000 + n);
    }

    /** How many orders the hub's intake stage took in, as its metrics say. */
    private static long takenIn(HubProcess hub) {
        HubClient metrics = new HubClient(hub.baseUrl(), null);
        String basic = "Basic " + Base64.getEncoder().encodeToString(METRICS_CREDENTIALS.getBytes(
                StandardCharsets.UTF_8));
        return (long) metrics.send("GET", "/actuator/prometheus", null, null, basic).body().lines()
                .filter(line -> line.startsWith("camel_exchanges_succeeded_total{")
                        && line.contains("routeId=\"order-intake"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** How many plans the hub made, as its log says. */
    private static long plansMade(HubProcess hub) {
        return hub.lastRunLog().lines().filter(line -> line.contains("(REQUEST) for demo/")).count();
    }

    /**
     * Orders keep coming through both hubs, and load tenders just before the kill; {@code victim} and the live broker
     * with the backup are killed -9. Answers the tenders accepted.
     */
    private static List<Integer> killUnderLoad(List<HubClient> hubs, HubProcess victim, ArtemisCluster brokers,
                                               Map<String, Delivery> accepted) throws InterruptedException {
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
        List<Integer> tenders = tender(hubs, TENDERS);
        long killed = System.nanoTime();
        victim.kill();
        brokers.second().kill();
        await().atMost(WAIT).until(() -> brokers.backup().isActive());
        FIGURES.info("backup broker active {} ms after kill -9 of a hub and the live broker", millisSince(killed));
        load.join(WAIT.toMillis());
        running.set(false);
        FIGURES.info("{} orders accepted while a hub and a live broker were killed", accepted.size() - before);
        return tenders;
    }

    /** Requests one plan per depot and day, alternately through the hubs, all at once. */
    private static void plan(List<HubClient> hubs, List<LocalDate> days) throws InterruptedException {
        ExecutorService requests = Executors.newFixedThreadPool(days.size() * ScaleOutFleet.DEPOTS.size());
        List<Integer> answers = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        for (LocalDate day : days) {
            for (Depot depot : ScaleOutFleet.DEPOTS) {
                HubClient hub = hubs.get(n.getAndIncrement() % hubs.size());
                requests.submit(() -> {
                    HttpResponse<String> planned = hub.postJson("/api/v1/plans?wait=" + PLAN_WAIT.toSeconds() + "s",
                            "{\"depotId\":\"" + depot.id() + "\",\"date\":\"" + day + "\"}");
                    synchronized (answers) {
                        answers.add(planned.statusCode());
                    }
                });
            }
        }
        requests.shutdown();
        assertThat(requests.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES)).isTrue();
        // 201 with the plan, or 202 when it took longer than the wait (the orders' PLANNED are awaited after)
        assertThat(answers).as("answers to the plan requests").hasSize(n.get()).isSubsetOf(201, 202);
    }

    /** Proofs of delivery for {@code count} of the orders, alternately through the hubs; answers the orders. */
    private static Set<String> deliver(List<HubClient> hubs, Set<String> orders, int count) {
        List<String> chosen = orders.stream().sorted().limit(count).toList();
        for (int i = 0; i < chosen.size(); i++) {
            Multipart proof = new Multipart().field("recipientName", "K. Schulz").field("driverId", "drv-ana")
                    .file("photo", "door.png", "image/png", PHOTO);
            HttpResponse<String> submitted = hubs.get(i % hubs.size())
                    .postMultipart("/api/v1/orders/" + chosen.get(i) + "/pod", proof);
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        }
        return Set.copyOf(chosen);
    }

    /** A phone bound to a van through the API, reporting over OsmAnd as Traccar Client does, driving north. */
    private static final class Phone {

        private final String id;
        private final String secret;
        private int reported;

        private Phone(String id, String secret) {
            this.id = id;
            this.secret = secret;
        }

        static Phone bind(HubClient hub, String vehicle) {
            String id = "scale-phone-" + System.nanoTime();
            HttpResponse<String> bound = hub.postJson("/api/v1/devices",
                    "{\"id\":\"" + id + "\",\"vehicleId\":\"" + vehicle + "\"}");
            assertThat(bound.statusCode()).as(bound.body()).isEqualTo(201);
            return new Phone(id, HubClient.json(bound).path("secret").asText());
        }

        String id() {
            return id;
        }

        /**
         * {@code count} reports a second apart up to now, alternately through the hubs, each 10 m north of the one
         * before (a batch starts after the last one's end: the hubs drop a fix older than the device's last);
         * answers their times.
         */
        List<Instant> report(List<HubClient> hubs, int count) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Instant time = now.minusSeconds(count - 1 - i);
                HttpResponse<String> answer = hubs.get(i % hubs.size()).getPublic("/devices/osmand?id=" + id
                        + "&secret=" + secret + "&lat=" + (45.30 + reported++ * 0.00009) + "&lon=-75.89&timestamp="
                        + time.getEpochSecond() + "&speed=20");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                times.add(time);
            }
            return times;
        }
    }

    private static void awaitStatus(TopicSubscriber statuses, Set<String> orders, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders).isSubsetOf(published(statuses, status).keySet()));
    }

    /**
     * Every status event published once on the topic, or, after the kill, at most twice under its one event id: the
     * killed hub's outbox rows of its last second are sent again by the survivor's sweep, and a copy that reaches
     * another broker than the first is not dropped by duplicate detection (docs/durability.md). De-duplicated by
     * event id, as receivers do, each status of each order is published once and stored once; every accepted order
     * RECEIVED and PLANNED.
     */
    private static void assertEveryEventOnce(TopicSubscriber statuses, String database, Set<String> orders,
                                             boolean afterKill) throws SQLException {
        List<JsonNode> events = statuses.received();
        Map<String, Long> copies = events.stream().collect(Collectors.groupingBy(
                event -> event.path("eventId").asText(), Collectors.counting()));
        assertThat(copies).as("status events published, by event id").allSatisfy((id, count) ->
                assertThat(count).as("event %s published", id).isBetween(1L, afterKill ? 2L : 1L));
        FIGURES.info("{} status events published, {} of them twice under their event id", copies.size(),
                copies.values().stream().filter(count -> count > 1).count());
        Map<String, Set<String>> published = events.stream()
                .filter(event -> orders.contains(event.path("orderId").asText()))
                .collect(Collectors.groupingBy(event -> event.path("orderId").asText() + " "
                        + event.path("status").asText(), Collectors.mapping(event -> event.path("eventId").asText(),
                        Collectors.toSet())));
        Map<String, Long> stored = new HashMap<>();
        query(database, "select order_id, status, count(*) from status_event where not note group by order_id, status",
                row -> stored.put(row.getString(1) + " " + row.getString(2), row.getLong(3)));
        assertThat(published).allSatisfy((event, ids) -> assertThat(ids).as("%s published", event).hasSize(1));
        assertThat(stored).allSatisfy((event, count) -> assertThat(count).as("%s stored", event).isEqualTo(1));
        for (String status : List.of("RECEIVED", "PLANNED")) {
            assertThat(orders).allSatisfy(order -> {
                assertThat(published).as("%s of order %s published", status, order).containsKey(order + " " + status);
                assertThat(stored).as("%s of order %s stored", status, order).containsKey(order + " " + status);
            });
        }
    }

    /**
     * Each accepted tender acknowledged to the partner's system by one 997 and answered by one 990, each under one
     * control number (ISA13). A document is posted a second time, with the same number, only when a kill cut off the
     * first post before the partner's answer (CrashMidSendIT): allowed for the tenders sent just before the kill.
     */
    private static void assertEveryTenderAcknowledgedOnce(WireMockServer partner, Set<Integer> tenders) {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, List<String>> acknowledgements = sent(partner, "ST*997*", ACKNOWLEDGED_GROUP);
            Map<String, List<String>> responses = sent(partner, "ST*990*", ANSWERED_LOAD);
            for (int tender : tenders) {
                int posts = tender <= TENDERS ? 1 : 2;
                assertThat(acknowledgements.get(group(tender))).as("997s of tender %d", tender).isNotNull()
                        .hasSizeBetween(1, posts).containsOnly(acknowledgements.get(group(tender)).get(0));
                assertThat(responses.get(load(tender))).as("990s of tender %d", tender).isNotNull()
                        .hasSizeBetween(1, posts).containsOnly(responses.get(load(tender)).get(0));
            }
        });
        long repeated = partner.findAll(postRequestedFor(urlPathEqualTo(PARTNER_PATH))).stream()
                .map(LoggedRequest::getBodyAsString).filter(body -> body.contains("ST*997*") || body.contains("ST*990*"))
                .count() - 2L * tenders.size();
        FIGURES.info("{} load tenders: each acknowledged (997) and answered (990) under one number; {} posted twice",
                tenders.size(), repeated);
    }

    /** The ISA13 of each document of this kind posted to the partner, by what it refers to. */
    private static Map<String, List<String>> sent(WireMockServer partner, String kind, Pattern reference) {
        return partner.findAll(postRequestedFor(urlPathEqualTo(PARTNER_PATH))).stream()
                .map(LoggedRequest::getBodyAsString).filter(body -> body.contains(kind))
                .collect(Collectors.groupingBy(body -> find(reference, body), Collectors.mapping(
                        body -> find(ISA13, body), Collectors.toList())));
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : "none";
    }

    private static Map<String, Long> published(TopicSubscriber statuses, String status) {
        return statuses.received().stream().filter(event -> status.equals(event.path("status").asText()))
                .map(event -> event.path("orderId").asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Each accepted report of the phone published once on the positions topic. */
    private static void assertEachPositionOnce(TopicSubscriber positions, String device, List<Instant> reported) {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(positions.where("deviceId", device).stream()
                        .map(position -> Instant.parse(position.path("time").asText())).toList())
                        .containsExactlyInAnyOrderElementsOf(reported));
    }

    /** Each depot's message group: no two plan requests of a depot ran at the same time, whichever hub ran them. */
    private static void assertNoDepotPlannedTwiceAtOnce(String database) throws SQLException {
        Map<String, List<long[]>> runs = new HashMap<>();
        query(database, "select depot_id, started_at, finished_at from plan_request where state = 'DONE'"
                + " order by started_at", row -> runs.computeIfAbsent(row.getString(1), depot -> new ArrayList<>())
                        .add(new long[] {row.getTimestamp(2).getTime(), row.getTimestamp(3).getTime()}));
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(
                ScaleOutFleet.DEPOTS.stream().map(Depot::id).toList());
        runs.forEach((depot, ofDepot) -> {
            assertThat(ofDepot).as("plan runs of depot %s", depot)
                    .hasSize(DAYS_BEFORE.size() + DAYS_UNDER_FAILURE.size());
            for (int i = 1; i < ofDepot.size(); i++) {
                assertThat(ofDepot.get(i)[0]).as("start of run %d of depot %s after the end of the one before", i,
                        depot).isGreaterThanOrEqualTo(ofDepot.get(i - 1)[1]);
            }
        });
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
