package io.lastmilehub.benchmarks.wms;

import io.lastmilehub.benchmarks.startup.InboundPost;
import io.lastmilehub.benchmarks.startup.JarStart;
import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.benchmarks.startup.Subject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The WMS CSV benchmark (docs/wms.md): starts a build of the hub, sends it one warehouse confirmation file of many
 * rows in the demo tenant's layout ({@code POST /api/v1/inbound/wms-csv}) and prints how long the answer took; with
 * {@code --compare before.jar} the same file goes to that build in the same session, and the ratio is printed. Five
 * rows (parcels) per order; the orders are not in the hub, so every update is kept until its order comes, as when
 * the warehouse is faster than the ERP. From the repository root, after packaging the hub:
 *
 * <pre>
 * java -cp benchmarks/target/classes io.lastmilehub.benchmarks.wms.WmsCsvHarness [--rows 10000]
 *     [--hub routes/target/lastmile-hub.jar] [--config config] [--compare before.jar] [--timeout 600]
 * </pre>
 */
public final class WmsCsvHarness {

    private static final String HEADER = "Order No;Delivery No;Event;Timestamp;Package ID;SSCC;Tracking No;Carrier;"
            + "Weight (kg);Length (mm);Width (mm);Height (mm);Contents";
    private static final int PARCELS_PER_ORDER = 5;

    private WmsCsvHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = Options.parse(args, Map.of("rows", "10000", "hub",
                "routes/target/lastmile-hub.jar", "config", "config", "compare", "", "timeout", "600"));
        int rows = Integer.parseInt(options.get("rows"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout")));
        JarStart starter = new JarStart(Duration.ZERO, timeout);
        Path config = Path.of(options.get("config"));
        byte[] file = confirmations(rows).getBytes(StandardCharsets.UTF_8);
        double after = timed(starter, Subject.hub("hub", Path.of(options.get("hub")).toAbsolutePath(), config), file,
                timeout);
        System.out.printf(Locale.ROOT, "%d rows (%d kB): answered in %.2f s%n", rows, file.length / 1024, after);
        if (!options.get("compare").isEmpty()) {
            double before = timed(starter, Subject.hub("compared", Path.of(options.get("compare")).toAbsolutePath(),
                    config), file, timeout);
            System.out.printf(Locale.ROOT, "compared build: answered in %.2f s; this build takes %.3f of its time "
                    + "(%.1fx faster)%n", before, after / before, before / after);
        }
    }

    /** Starts the jar, sends it the file once, stops it, and returns the seconds until the answer. */
    private static double timed(JarStart starter, Subject subject, byte[] file, Duration timeout)
            throws IOException, InterruptedException {
        try (JarStart.Running running = starter.start(subject)) {
            return send(running.ports().http(), file, timeout);
        }
    }

    /** Posts the file and returns the seconds until the answer, which must be a 202. */
    private static double send(int port, byte[] file, Duration timeout) throws IOException, InterruptedException {
        return InboundPost.answerSeconds(port, "wms-csv", "text/csv; charset=UTF-8", file, timeout);
    }

    /** Shipped confirmations in the demo tenant's layout (config/application.yaml, connectors.wms-csv). */
    public static String confirmations(int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 0; row < rows; row++) {
            int order = row / PARCELS_PER_ORDER;
            csv.append(String.format(Locale.ROOT, "45%08d;81%08d;SHIPPED;2026-11-20 16:02;PK-%d;3401234%011d;"
                    + "JJD%015d;DHL;4,2;400;300;200;item %d%n", order, order, row, row, row, row));
        }
        return csv.toString();
    }
}
