package io.lastmilehub.testsupport.postgres;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server (zonky's embedded binaries, no Docker) shared by all tests of a JVM.
 *
 * <p>Typical use in a Spring Boot test:
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
 *     registry.add("spring.datasource.url", postgres::jdbcUrl);
 *     registry.add("spring.datasource.username", postgres::username);
 *     registry.add("spring.datasource.password", postgres::password);
 * }
 * }</pre>
 *
 * <p>The server starts on first use and stops when the JVM exits (zonky registers a shutdown hook), or on
 * {@link #close()}, after which {@link #start()} starts a new one. Do not close it while cached Spring contexts
 * still point at it.
 *
 * <p>The tests, and CI, may run as root, and PostgreSQL refuses to run as root. Zonky copes by starting the
 * binaries under {@code unshare -U} when user namespaces are available. Where they are not (typically Docker's
 * default seccomp profile), a root JVM gets binaries whose {@code initdb} and {@code pg_ctl} switch to
 * {@code nobody} first (see {@link PrivilegeDroppingBinaryResolver}), a data directory owned by {@code nobody}, and
 * no Unix socket (JDBC uses TCP, and a socket lock file in {@code /tmp} left by a root-owned server could not be
 * replaced by {@code nobody}). That needs {@code setpriv} (util-linux), a {@code java.io.tmpdir} that
 * {@code nobody} can enter (such as {@code /tmp}) and a umask that leaves the binaries zonky extracts there
 * readable by others (such as the usual 022). Everybody else gets zonky's defaults.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";
    private static final String PRIVILEGE_DROPPING_TOOL = "setpriv";

    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Returns the JVM's server, starting it first if necessary. */
    public static synchronized EmbeddedPostgresServer start() {
        if (shared == null) {
            try {
                shared = new EmbeddedPostgresServer(configure(EmbeddedPostgres.builder()).start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    /** JDBC URL of the {@code postgres} database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The superuser that owns the {@code postgres} database. */
    public String username() {
        return SUPERUSER;
    }

    /** Empty: the server trusts every local connection. */
    public String password() {
        return "";
    }

    /** An unpooled data source for the {@code postgres} database, handy outside Spring. */
    public DataSource dataSource() {
        return postgres.getDatabase(SUPERUSER, DATABASE);
    }

    /** Stops the server and deletes its data; a later {@link #start()} starts a fresh one. */
    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (shared == this) {
                shared = null;
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) throws IOException {
        if (!needsPrivilegeDrop()) {
            return builder;
        }
        requireOnPath(PRIVILEGE_DROPPING_TOOL);
        UnprivilegedAccount account = UnprivilegedAccount.nobody();
        LOG.info("Running as root without user namespaces: PostgreSQL will run as {}", account.user());
        Path cacheDirectory = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg-unprivileged");
        return builder
                .setPgBinaryResolver(new PrivilegeDroppingBinaryResolver(account, cacheDirectory))
                .setDataDirectory(account.createOwnedTempDirectory("epg"))
                .setServerConfig("unix_socket_directories", "''");
    }

    /** Root on Linux, and zonky's own {@code unshare -U} workaround is not available. */
    private static boolean needsPrivilegeDrop() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        return linux && new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable();
    }

    private static void requireOnPath(String program) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .anyMatch(Files::isExecutable);
        if (!found) {
            throw new IllegalStateException("Running PostgreSQL as root needs '" + program + "' (util-linux) on PATH");
        }
    }
}
