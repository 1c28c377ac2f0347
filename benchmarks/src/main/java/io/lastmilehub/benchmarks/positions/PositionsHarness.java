package io.lastmilehub.benchmarks.positions;

import io.lastmilehub.benchmarks.startup.JarStart;
import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.benchmarks.startup.Subject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The positions benchmark (docs/performance.md, "Positions"): starts a build of the hub with a fleet of as many vans
 * as devices (each holding as many parcels as a route has stops), and measures in the same run how many positions
 * per second it takes from that many devices reporting at once:
 * <ol>
 *   <li>no plan: one device per van, no route, so no ETAs (the baseline);</li>
 *   <li>planned: one device per van, each van on a planned route of that many stops;</li>
 *   <li>one vehicle: every device on the first van, counting the 409s.</li>
 * </ol>
 * With {@code --compare before.jar} the same runs go to that build in the same session. From the repository root,
 * after packaging the hub ({@code ./mvnw -o -q -pl routes -am -DskipTests package}) and this module
 * ({@code ./mvnw -o -q -P startup-benchmark -pl benchmarks -am -DskipTests package}):
 *
 * <pre>
 * java -cp benchmarks/target/classes io.lastmilehub.benchmarks.positions.PositionsHarness
 *     [--devices 16] [--stops 30] [--seconds 15] [--warm-up 15]
 *     [--hub routes/target/lastmile-hub.jar] [--config config] [--compare before.jar]
 * </pre>
 */
public final class PositionsHarness {

    private static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
    private static final double DEPOT_LATITUDE = 45.4215;
    private static final double DEPOT_LONGITUDE = -75.6972;
    /** The order ids in the inbound answer's {@code orders}, and a stop of a plan; plain text, no JSON library. */
    private static final Pattern ORDER_IDS = Pattern.compile("\"orders\":\\[([^\\]]*)]");
    private static final Pattern STOP = Pattern.compile("\"orderId\":");
    private static final Pattern PLAN_ID = Pattern.compile("\"id\":\"(plan-[^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int devices;
    private final int stops;
    private final Duration duration;
    private final Duration warmUp;
    private int port;

    private PositionsHarness(int devices, int stops, Duration duration, Duration warmUp) {
        this.devices = devices;
        this.stops = stops;
        this.duration = duration;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("devices", "16", "stops", "30", "seconds", "15",
                "hub", "routes/target/lastmile-hub.jar", "config", "config", "compare", "", "timeout", "600",
                "warm-up", "15"));
        PositionsHarness harness = new PositionsHarness(Integer.parseInt(options.get("devices")),
                Integer.parseInt(options.get("stops")), Duration.ofSeconds(Long.parseLong(options.get("seconds"))),
                Duration.ofSeconds(Long.parseLong(options.get("warm-up"))));
        JarStart starter = new JarStart(Duration.ZERO, Duration.ofSeconds(Long.parseLong(options.get("timeout"))));
        Path config = harness.configWithFleet(Path.of(options.get("config")));
        harness.measure(starter, Subject.hub("this build", Path.of(options.get("hub")).toAbsolutePath(), config));
        if (!options.get("compare").isEmpty()) {
            harness.measure(starter, Subject.hub("compared build", Path.of(options.get("compare")).toAbsolutePath(),
                    config));
        }
    }

    private void measure(JarStart starter, Subject subject) throws Exception {
        Subject quickPlans = subject.with(subject.name(), "--lastmile.planning.max-iterations=20");
        try (JarStart.Running hub = starter.start(quickPlans)) {
            port = hub.ports().http();
            PositionLoad load = new PositionLoad(port, hub.process().toHandle());
            long deviceTime = Instant.now().minus(Duration.ofHours(20)).getEpochSecond();
            long phaseSeconds = duration.toSeconds() * 1_000; // device time one phase can use up at most
            System.out.printf(Locale.ROOT, "%s (%d devices, routes of %d stops, %d s each after %d s of warm-up):%n",
                    subject.name(), devices, stops, duration.toSeconds(), warmUp.toSeconds());
            // the first phase would otherwise pay for the compilation of the whole path (not measured)
            load.run(bind("warm", i -> "van-" + i), DEPOT_LATITUDE, DEPOT_LONGITUDE, deviceTime - 2 * phaseSeconds,
                    warmUp);
            System.out.println("  no plan       " + load.run(bind("free", i -> "van-" + i), DEPOT_LATITUDE,
                    DEPOT_LONGITUDE, deviceTime, duration));
            int planned = plan();
            System.out.printf(Locale.ROOT, "  (planned %d stops on %d vans)%n", planned, devices);
            System.out.println("  planned       " + load.run(bind("route", i -> "van-" + i), DEPOT_LATITUDE,
                    DEPOT_LONGITUDE, deviceTime + phaseSeconds, duration));
            System.out.println("  one vehicle   " + load.run(bind("van1", i -> "van-1"), DEPOT_LATITUDE,
                    DEPOT_LONGITUDE, deviceTime + 2 * phaseSeconds, duration));
        }
    }

    /** Binds one new device per van (numbered from 1); their ids. */
    private List<String> bind(String prefix, IntFunction<String> vehicle) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            String id = prefix + "-" + i;
            call("POST", "/api/v1/devices", "{\"id\":\"" + id + "\",\"vehicleId\":\"" + vehicle.apply(i)
                    + "\",\"secret\":\"bench-secret-" + id + "\"}", 201);
            ids.add(id);
        }
        return ids;
    }

    /** Receives devices x stops orders around the depot for tomorrow and plans them; the stops planned. */
    private int plan() throws Exception {
        LocalDate day = LocalDate.now(OTTAWA).plusDays(1);
        List<String> ids = new ArrayList<>();
        for (int first = 0; first < devices * stops; first += 100) {
            String source = "pos-" + first + "-" + System.nanoTime(); // the orders of one message share its source
            String batch = String.join(",", IntStream.range(first, Math.min(first + 100, devices * stops))
                    .mapToObj(i -> order(i, day, source)).toList());
            Matcher answer = ORDER_IDS.matcher(call("POST", "/api/v1/inbound/canonical-json", "[" + batch + "]",
                    202));
            if (answer.find()) {
                ids.addAll(List.of(answer.group(1).replace("\"", "").split(",")));
            }
        }
        for (String id : ids) {
            while (!call("GET", "/api/v1/orders/" + id, null, 200).contains("\"status\":\"RECEIVED\"")) {
                Thread.sleep(200);
            }
        }
        // Queued, then read until made: the request's wait is capped, and a loaded machine plans for longer.
        Matcher request = PLAN_ID.matcher(call("POST", "/api/v1/plans", "{\"depotId\":\"ottawa\",\"date\":\""
                + day + "\"}", 202));
        if (!request.find()) {
            throw new IllegalStateException("a plan request without an id");
        }
        String plan = awaitPlan(request.group(1));
        return (int) STOP.matcher(plan).results().count();
    }

    private String awaitPlan(String planId) throws Exception {
        while (true) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/plans/" + planId)).header("X-Api-Key", "demo-key").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("plan " + planId + " answered " + answer.statusCode());
            }
            Thread.sleep(1_000);
        }
    }

    /** An order with one parcel, within about 5 km of the depot, its window all day. */
    private static String order(int i, LocalDate day, String source) {
        double latitude = DEPOT_LATITUDE + 0.04 * Math.sin(i * 2.399);
        double longitude = DEPOT_LONGITUDE + 0.06 * Math.cos(i * 2.399) * ((i % 7) + 3) / 10;
        return String.format(Locale.ROOT, "{\"tenant\":\"demo\",\"source\":{\"system\":\"bench\",\"messageId\":"
                + "\"%s\"},\"timeWindows\":[{\"start\":\"%s\",\"end\":\"%s\",\"zoneId\":\"America/Toronto\"}],"
                + "\"parcels\":[{\"id\":\"p-%d\",\"quantity\":1,\"weightKg\":1}],\"shipTo\":{\"name\":\"Customer %d\","
                + "\"address\":{\"line1\":\"%d Test St\",\"city\":\"Ottawa\",\"postalCode\":\"K1P 1J1\","
                + "\"countryCode\":\"CA\"},\"location\":{\"latitude\":%.5f,\"longitude\":%.5f}}}", source,
                day.atTime(7, 0).atZone(OTTAWA).toInstant(),
                day.atTime(21, 0).atZone(OTTAWA).toInstant(), i, i, i, latitude, longitude);
    }

    /** The repository's configuration with the demo fleet replaced by vans numbered from 1, one route each. */
    private Path configWithFleet(Path config) throws Exception {
        Path copy = Files.createTempDirectory("positions-config-").resolve("config");
        JarStart.copy(config, copy);
        StringBuilder fleet = new StringBuilder("depots:\n  - id: ottawa\n    name: Ottawa Central\n"
                + "    zoneId: America/Toronto\n    location: { latitude: " + DEPOT_LATITUDE + ", longitude: "
                + DEPOT_LONGITUDE + " }\nvehicles:\n");
        for (int i = 1; i <= devices; i++) {
            fleet.append("  - id: van-").append(i).append("\n    type: VAN\n    depotId: ottawa\n")
                    .append("    capacity: { weightKg: 900, parcels: ").append(stops).append(" }\n")
                    .append("    shift: { start: \"06:00\", end: \"23:00\" }\n");
        }
        Files.writeString(copy.resolve("fleet/demo.yaml"), fleet);
        return copy;
    }

    private String call(String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(6)).header("X-Api-Key", "demo-key").header("Content-Type",
                        "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }
}
