package io.lastmilehub.benchmarks.positions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Devices reporting as fast as the hub answers, each on its own thread, as Traccar Client does over OsmAnd
 * ({@code GET /devices/osmand}): every report one second of device time after the device's previous one, 5 m further
 * east (18 km/h), so the vehicle drives and its ETAs move as on the road.
 */
final class PositionLoad {

    /**
     * Answers of one run: how many were 200, 409 and anything else, the positions per second, and the hub's CPU time
     * per position answered 200 (all its threads; a figure that a machine shared with other work changes less than
     * the rate).
     */
    record Result(long ok, long conflicts, long other, double perSecond, double cpuMillisPerPosition) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%8.0f positions/s  %5.2f ms CPU each  (%d answered 200, %d answered "
                    + "409, %d other)", perSecond, cpuMillisPerPosition, ok, conflicts, other);
        }
    }

    private static final double METRES_PER_DEGREE_LONGITUDE = 78_000; // at Ottawa's latitude
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final ProcessHandle hub;

    PositionLoad(int port, ProcessHandle hub) {
        this.port = port;
        this.hub = hub;
    }

    /**
     * Every device reports from the start point for the duration.
     *
     * @param devices        device ids and their secrets are {@code bench-secret-<id>}
     * @param firstEpochSecond the device time of every device's first report
     */
    Result run(List<String> devices, double latitude, double longitude, long firstEpochSecond, Duration duration)
            throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong other = new AtomicLong();
        Duration cpuBefore = cpu();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(devices.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String device : devices) {
                running.add(threads.submit(() -> {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        int status = report(device, latitude, longitude + 5 * i / METRES_PER_DEGREE_LONGITUDE,
                                firstEpochSecond + i);
                        (status == 200 ? ok : status == 409 ? conflicts : other).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> device : running) {
                device.get();
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillis = cpu().minus(cpuBefore).toNanos() / 1e6;
        return new Result(ok.get(), conflicts.get(), other.get(), ok.get() / seconds,
                ok.get() == 0 ? Double.NaN : cpuMillis / ok.get());
    }

    private Duration cpu() {
        return hub.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "this system does not tell the hub's CPU time"));
    }

    private int report(String device, double latitude, double longitude, long epochSecond) throws Exception {
        URI uri = URI.create(String.format(Locale.ROOT, "http://127.0.0.1:%d/devices/osmand?id=%s"
                + "&secret=bench-secret-%s&lat=%.6f&lon=%.6f&timestamp=%d&speed=10", port, device, device, latitude,
                longitude, epochSecond));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
