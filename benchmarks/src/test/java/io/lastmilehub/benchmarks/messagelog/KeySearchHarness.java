package io.lastmilehub.benchmarks.messagelog;

import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search by business key over a large message log against a primary-key lookup, in the same run, on H2 (a file in
 * PostgreSQL mode, as the hub runs it) and on PostgreSQL (embedded): the schema of the hub's migration V17,
 * {@code --messages} entries ({@code --h2-messages} on H2, which fills them more slowly) of ten tenants with three
 * keys each (DOCNUM, ERP delivery, order id), then {@code --lookups} searches for a random entry's ERP delivery, by
 * the hub's query, and as many look-ups of a random entry by id. Prints the median and 95th percentile of each and
 * their ratio. From the repository root:
 *
 * <pre>
 * java -cp benchmarks/target/test-classes:benchmarks/target/classes:&lt;test class path&gt;
 *     io.lastmilehub.benchmarks.messagelog.KeySearchHarness
 *     [--messages 1000000] [--h2-messages 1000000] [--lookups 2000]
 *     [--migration routes/src/main/resources/db/migration/V17__message_log.sql]
 * </pre>
 */
public final class KeySearchHarness {

    private static final int TENANTS = 10;
    private static final int CHUNK = 100_000;
    /** MessageSearch's columns and its search by key (routes, io.lastmilehub.hub.messagelog), as the hub runs them. */
    private static final String COLUMNS = "m.id, m.direction, m.format, m.partner, m.logged_at, m.size_bytes, "
            + "m.outcome, m.outcome_at, m.detail, m.payload_purged, m.payload IS NOT NULL OR m.inbound_message_id IS "
            + "NOT NULL OR m.dead_letter_id IS NOT NULL";
    private static final String SEARCH = "SELECT " + COLUMNS + " FROM message_log m WHERE m.tenant = ? AND m.id IN "
            + "(SELECT k.message_id FROM message_log_key k WHERE k.key_value IN (?, ?)) "
            + "ORDER BY m.logged_at DESC, m.id LIMIT 100";
    private static final String KEYS = "SELECT message_id, key_type, key_value FROM message_log_key "
            + "WHERE message_id IN (?) ORDER BY key_type, key_value";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM message_log m WHERE m.tenant = ? AND m.id = ?";

    private KeySearchHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("messages", "1000000", "h2-messages", "1000000",
                "lookups", "2000", "migration", "routes/src/main/resources/db/migration/V17__message_log.sql"));
        int messages = Integer.parseInt(options.get("messages"));
        int h2Messages = Integer.parseInt(options.get("h2-messages"));
        int lookups = Integer.parseInt(options.get("lookups"));
        String schema = Files.readString(Path.of(options.get("migration")));
        Path h2 = Files.createTempDirectory("message-log-h2-");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + h2.resolve("hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "sa", "")) {
            run(new Database("H2", "(SELECT \"X\" AS i FROM SYSTEM_RANGE(?, ?))",
                    "DATEADD(SECOND, i, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')"), connection, schema,
                    h2Messages, lookups);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl() + "?reWriteBatchedInserts=true",
                postgres.username(), postgres.password())) {
            run(new Database("PostgreSQL", "generate_series(?::int, ?::int) AS numbers(i)",
                    "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + i * INTERVAL '1 second'"), connection,
                    schema, messages, lookups);
        }
    }

    private static void run(Database database, Connection connection, String schema, int messages, int lookups)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : statements(schema)) {
                statement.execute(ddl);
            }
        }
        long started = System.nanoTime();
        load(connection, messages, database.numbers(), database.second());
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        System.out.printf("%s: %d messages with %d keys loaded in %.0f s%n", database.name(), messages, messages * 3,
                (System.nanoTime() - started) / 1e9);
        Random random = new Random(42);
        // warm-up: as many of each as measured
        measure(connection, random, messages, lookups, true);
        measure(connection, random, messages, lookups, false);
        double[] search = measure(connection, random, messages, lookups, true);
        double[] byId = measure(connection, random, messages, lookups, false);
        System.out.printf("%s: search by key median %.0f us (p95 %.0f), by id median %.0f us (p95 %.0f): "
                + "x%.1f%n", database.name(), percentile(search, 50), percentile(search, 95), percentile(byId, 50),
                percentile(byId, 95), percentile(search, 50) / percentile(byId, 50));
    }

    /** The migration's statements, without its comments. */
    private static List<String> statements(String schema) {
        StringBuilder code = new StringBuilder();
        schema.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        return Arrays.stream(code.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Fills the log in the database itself, a chunk of numbers at a time, with what {@link #id}, {@link #tenant} and
     * {@link #delivery} give for each number.
     *
     * @param numbers the database's table of the numbers {@code ?} to {@code ?}, as column {@code i}
     * @param second  the database's expression for {@code i} seconds after 2026-01-01
     */
    private static void load(Connection connection, int messages, String numbers, String second) throws SQLException {
        String entries = "INSERT INTO message_log (id, tenant, direction, format, partner, logged_at, size_bytes, "
                + "outcome, outcome_at, inbound_message_id, payload_purged) SELECT 'log-' || i, 'tenant-' || MOD(i, "
                + TENANTS + "), 'IN', 'idoc', 'SAP:LS:S4HCLNT100', " + second + ", 4096, 'ACCEPTED', " + second
                + ", 'msg-' || i, FALSE FROM " + numbers;
        String keys = "INSERT INTO message_log_key (message_id, key_type, key_value) SELECT 'log-' || i, ?, %s FROM "
                + numbers;
        for (int first = 0; first < messages; first += CHUNK) {
            int last = Math.min(messages, first + CHUNK) - 1;
            update(connection, entries, first, last);
            update(connection, keys.formatted("CAST(93000000 + i AS VARCHAR(20))"), "DOCNUM", first, last);
            update(connection, keys.formatted("'00' || CAST(80000000 + i AS VARCHAR(20))"), "ERP_DELIVERY", first,
                    last);
            update(connection, keys.formatted("'ord-' || i"), "ORDER_ID", first, last);
        }
    }

    private static void update(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Microseconds of each search (with its keys, as the API reads them) or look-up by id. */
    private static double[] measure(Connection connection, Random random, int messages, int lookups, boolean search)
            throws SQLException {
        double[] micros = new double[lookups];
        try (PreparedStatement bySearch = connection.prepareStatement(SEARCH);
             PreparedStatement keys = connection.prepareStatement(KEYS);
             PreparedStatement byId = connection.prepareStatement(BY_ID)) {
            for (int n = 0; n < lookups; n++) {
                int i = random.nextInt(messages);
                long started = System.nanoTime();
                int found = search ? search(bySearch, keys, i) : byId(byId, i);
                micros[n] = (System.nanoTime() - started) / 1e3;
                if (found != 1) {
                    throw new IllegalStateException("entry " + i + " found " + found + " times");
                }
            }
        }
        return micros;
    }

    private static int search(PreparedStatement search, PreparedStatement keys, int i) throws SQLException {
        search.setString(1, tenant(i));
        search.setString(2, delivery(i));
        search.setString(3, delivery(i).replaceFirst("^0+(?=.)", ""));
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = search.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        keys.setString(1, ids.get(0));
        try (ResultSet rows = keys.executeQuery()) {
            while (rows.next()) {
                rows.getString(3);
            }
        }
        return ids.size();
    }

    private static int byId(PreparedStatement byId, int i) throws SQLException {
        byId.setString(1, tenant(i));
        byId.setString(2, id(i));
        int found = 0;
        try (ResultSet rows = byId.executeQuery()) {
            while (rows.next()) {
                found++;
            }
        }
        return found;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /**
     * How a database writes the numbers and times of the generated log.
     *
     * @param numbers a table of the integers from {@code ?} to {@code ?} as column {@code i}
     * @param second  {@code i} seconds after 2026-01-01
     */
    private record Database(String name, String numbers, String second) {
    }

    private static String id(int i) {
        return "log-" + i;
    }

    private static String tenant(int i) {
        return "tenant-" + i % TENANTS;
    }

    private static String delivery(int i) {
        return String.format("00%08d", 80_000_000 + i);
    }
}
