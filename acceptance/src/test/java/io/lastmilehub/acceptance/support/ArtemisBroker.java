package io.lastmilehub.acceptance.support;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One broker of the official Apache Artemis distribution (unpacked by Maven into {@code target/}, system property
 * {@code artemis.home}), made with {@code artemis create} in {@code target/brokers/} and run as a process of its own.
 * Its broker.xml gets the hub's addresses and address settings from {@code docs/deploy/artemis/}, as the
 * production-deployment page tells an operator to do, and the grouping handler of its role in the cluster.
 */
public final class ArtemisBroker implements AutoCloseable {

    /** The broker user the hub connects as ({@code spring.artemis.user}). */
    public static final String USER = "hub";
    public static final String PASSWORD = "hub-broker-secret";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** What a live broker logs once it serves, and a backup once it holds a copy of its live broker's journal. */
    private static final String ACTIVE = "AMQ221007";
    private static final String BACKUP_IN_SYNC = "AMQ221024";

    private final String name;
    private final Path instance;
    private final int port;
    private final boolean backup;
    private Process process;

    private ArtemisBroker(String name, Path instance, int port, boolean backup) {
        this.name = name;
        this.instance = instance;
        this.port = port;
        this.backup = backup;
    }

    /** Which grouping handler a broker runs: one node decides which consumer a message group goes to. */
    public enum Grouping { LOCAL, REMOTE }

    /** Its part in a live/backup pair that replicates the journal over the network. */
    public enum Ha { REPLICATED_LIVE, REPLICATED_BACKUP }

    /**
     * Creates a clustered broker on {@code port} whose cluster connection reaches the brokers at {@code others}
     * (static connectors, ON_DEMAND load balancing); a replicating one belongs to the live/backup pair {@code pair}.
     */
    public static ArtemisBroker create(String name, int port, List<Integer> others, Grouping grouping, Ha ha,
                                       String pair) {
        Path home = Path.of(System.getProperty("artemis.home", "target/apache-artemis"));
        Path instance = home.resolveSibling("brokers").resolve(name + "-" + System.nanoTime());
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/artemis").toString(), "create",
                instance.toString(), "--silent", "--force", "--name", name, "--host", "127.0.0.1",
                "--default-port", Integer.toString(port), "--user", USER, "--password", PASSWORD, "--require-login",
                "--no-web", "--no-amqp-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-mqtt-acceptor",
                "--nio",
                "--clustered", "--cluster-user", "cluster", "--cluster-password", "cluster-secret",
                "--message-load-balancing", "ON_DEMAND", "--max-hops", "1",
                "--static-cluster", String.join(",", others.stream().map(p -> "tcp://127.0.0.1:" + p).toList()),
                "--replicated"));
        if (ha == Ha.REPLICATED_BACKUP) {
            command.add("--backup");
        }
        run(command);
        ArtemisBroker broker = new ArtemisBroker(name, instance, port, ha == Ha.REPLICATED_BACKUP);
        broker.configure(grouping, ha, pair);
        return broker;
    }

    /** Starts the broker and waits until it serves (a backup: until it is in sync with its live broker). */
    public synchronized void start() {
        try {
            process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").directory(instance.toFile())
                    .redirectErrorStream(true).redirectOutput(log().toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start broker " + name, e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        String awaited = backup ? BACKUP_IN_SYNC : ACTIVE;
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Broker " + name + " exited\n" + logText());
                }
                return logText().contains(awaited);
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Broker " + name + " did not log " + awaited + "\n" + logText(), e);
        }
    }

    /** Whether this broker (a backup after its live broker died) has become active. */
    public boolean isActive() {
        return logText().contains(ACTIVE);
    }

    /** kill -9. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return instance.resolve("broker-output.log");
    }

    /** The hub's addresses and settings from docs/deploy/artemis, and this node's grouping handler. */
    private void configure(Grouping grouping, Ha ha, String pair) {
        Path brokerXml = instance.resolve("etc/broker.xml");
        Path deploy = Repository.root().resolve("docs/deploy/artemis");
        try {
            String xml = Files.readString(brokerXml)
                    .replace("</addresses>", Files.readString(deploy.resolve("addresses.xml")) + "\n</addresses>")
                    .replace("</address-settings>", Files.readString(deploy.resolve("address-settings.xml"))
                            + "\n</address-settings>")
                    .replace("</core>", groupingHandler(grouping) + "\n</core>");
            // The pair's name: a backup replicates the live broker of its pair only.
            if (ha == Ha.REPLICATED_LIVE) {
                xml = xml.replace("<primary>", "<primary>\n<group-name>" + pair + "</group-name>");
            } else if (ha == Ha.REPLICATED_BACKUP) {
                xml = xml.replace("<backup/>", "<backup>\n<group-name>" + pair + "</group-name>\n</backup>");
            }
            Files.writeString(brokerXml, xml);
            Path profile = instance.resolve("etc/artemis.profile");
            // Several brokers share a small machine with the hubs and the tests.
            Files.writeString(profile, Files.readString(profile).replace("-Xms512M -Xmx2G", "-Xms64M -Xmx384M"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not configure broker " + name, e);
        }
    }

    /**
     * As docs/production-deployment.md says: bindings of groups unused for an hour are dropped (every order is a group
     * of its own, so they would only grow), the REMOTE nodes touching theirs at half that.
     */
    private static String groupingHandler(Grouping grouping) {
        return """
                <grouping-handler name="lastmile-groups">
                   <type>%s</type>
                   <timeout>10000</timeout>
                   <group-timeout>%d</group-timeout>
                   <reaper-period>60000</reaper-period>
                </grouping-handler>""".formatted(grouping, grouping == Grouping.LOCAL ? 3_600_000 : 1_800_000);
    }

    private String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log(), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process create = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
                throw new IllegalStateException("artemis create failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
