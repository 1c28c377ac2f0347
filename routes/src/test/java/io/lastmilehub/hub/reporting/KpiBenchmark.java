package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * How long the month's KPIs of one tenant take on H2 and on PostgreSQL, against a plain {@code count(*)} over the same
 * tables in the same run, so that the figures mean something on any machine. Seeds {@link BenchmarkMonth} into a
 * fresh database of each kind (the hub's Flyway migrations), warms up, then prints the median of several runs of each
 * report and its ratio to the count. Not a test: run it as docs/reporting.md (Benchmark) says.
 *
 * <p>Arguments: orders (default 100000), warm-up runs (default 2), measured runs (default 5), databases
 * ({@code h2,postgresql}, the default, or one of them).
 */
public final class KpiBenchmark {

    /** The hub's default H2 URL options (application.yaml), on a file of its own. */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private final int orders;
    private final int warmups;
    private final int runs;

    private KpiBenchmark(int orders, int warmups, int runs) {
        this.orders = orders;
        this.warmups = warmups;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        KpiBenchmark benchmark = new KpiBenchmark(argument(args, 0, 100_000), argument(args, 1, 2),
                argument(args, 2, 5));
        String databases = args.length > 3 ? args[3] : "h2,postgresql";
        if (databases.contains("h2")) {
            Path h2 = Files.createTempDirectory("kpi-benchmark-h2");
            benchmark.run("H2", new SingleConnectionDataSource("jdbc:h2:file:" + h2.resolve("hub") + H2_OPTIONS,
                    "sa", "", true));
            FileSystemUtils.deleteRecursively(h2);
        }
        if (databases.contains("postgresql")) {
            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
                benchmark.run("PostgreSQL", new SingleConnectionDataSource(postgres.dataSource().getConnection(),
                        true));
            }
        }
    }

    private void run(String database, SingleConnectionDataSource dataSource) throws SQLException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        BenchmarkMonth month = new BenchmarkMonth(jdbc);
        long start = System.nanoTime();
        inTransaction(dataSource, () -> month.seed(orders));
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.execute("ANALYZE");
        System.out.printf("%n%s: seeded %,d report_stop rows, %,d status events in %.1f s%n", database,
                count(jdbc, "report_stop"), month.events(), seconds);

        Map<String, Runnable> tasks = new LinkedHashMap<>();
        tasks.put("count(*) report_stop", () -> count(jdbc, "report_stop"));
        tasks.put("count(*) status_event", () -> count(jdbc, "status_event"));
        KpiReports reports = reports(jdbc);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        DriverPerformance drivers = new DriverPerformance(named, new DrivenRoutes(named));
        tasks.put("KPI report, by day", () -> reports.report(filter(Grouping.DAY)));
        tasks.put("KPI report, by month", () -> reports.report(filter(Grouping.MONTH)));
        tasks.put("drivers report", () -> drivers.of(filter(Grouping.DAY)));

        Map<String, Double> medians = new LinkedHashMap<>();
        tasks.forEach((name, task) -> {
            medians.put(name, medianMillis(task));
            System.out.printf("%s, %s: %.1f ms%n", database, name, medians.get(name));
        });
        double stops = medians.get("count(*) report_stop");
        double events = medians.get("count(*) status_event");
        System.out.printf("%-24s %12s %20s %20s%n", "(median of " + runs + ")", "ms", "x count(report_stop)",
                "x count(status_event)");
        medians.forEach((name, millis) -> System.out.printf("%-24s %12.1f %20.1f %20.1f%n", name, millis,
                millis / stops, millis / events));
        dataSource.destroy();
    }

    private static KpiReports reports(JdbcTemplate jdbc) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        // No tenant configured: the dead letters' day is UTC, which costs the same as any zone.
        FleetRegistry noFleets = new FleetRegistry(new HubProperties("./data", "config", Map.of(), null, null, null,
                null));
        return new KpiReports(new KpiQueries(named), new DriverDays(named), new KpiOrders(named),
                new DeadLetterCounts(jdbc), noFleets, new DrivenRoutes(named));
    }

    private static KpiFilter filter(Grouping grouping) {
        return new KpiFilter(BenchmarkMonth.TENANT, BenchmarkMonth.FIRST_DAY, BenchmarkMonth.LAST_DAY, null, null,
                null, null, null, null, grouping, KpiQuery.DEFAULT_ETA_MARGIN_MINUTES);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE tenant = ?", Long.class,
                BenchmarkMonth.TENANT);
    }

    private double medianMillis(Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    /** The seeding as one transaction, as a bulk import would be. */
    private static void inTransaction(DataSource dataSource, Runnable work) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        work.run();
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
