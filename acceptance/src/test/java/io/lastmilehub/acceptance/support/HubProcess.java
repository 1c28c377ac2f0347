package io.lastmilehub.acceptance.support;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The packaged hub as a separate process, started as the README says: {@code java -jar lastmile-hub.jar} in a run
 * directory, with only what a user would pass on the command line (ports, and whatever a test adds, such as a
 * profile). Its standard output and error go to a log file outside the run directory. A restart keeps the run
 * directory and the ports.
 */
public final class HubProcess implements AutoCloseable {

    /**
     * Generous: the target on an idle 2-core machine is 8 s, but a machine shared with other builds has been
     * seen to take 160 s, and 434 s under a load of 30.
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(600);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 80;
    /** Heads the log's tail in a failure. */
    static final String LOG_HEADING = "--- last lines of the hub's log ";
    /** What Spring Boot logs when the start-up failed; the JVM may stay alive after it, serving nothing. */
    private static final List<String> START_FAILED = List.of("Application run failed", "APPLICATION FAILED TO START");
    /** What Tomcat ("Port … was already in use") and Artemis ("Address already in use") log for a taken port. */
    private static final String PORT_TAKEN = "already in use";
    private static final int PORT_ATTEMPTS = 3;
    private static volatile HubProcess lastStarted;

    private final Path runDirectory;
    private final Path log;
    private final List<String> extraArguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int httpPort;
    private int brokerPort;
    private int mqttPort;
    private Process process;
    /** Where the current run's output starts in the log, which all runs append to. */
    private long logOffset;

    private HubProcess(Path runDirectory, List<String> extraArguments) {
        this.runDirectory = runDirectory;
        this.extraArguments = List.copyOf(extraArguments);
        try {
            this.log = Files.createTempFile("lastmile-hub-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hub in a fresh run directory with the shipped config, started and healthy. Another process may take one of
     * the free ports before the hub binds it; then it starts again on others.
     */
    public static synchronized HubProcess startShipped(String... extraArguments) {
        HubProcess hub = new HubProcess(RunDirectory.withShippedConfig(), List.of(extraArguments));
        for (int attempt = 1; ; attempt++) {
            hub.httpPort = FreePorts.next();
            hub.brokerPort = FreePorts.next();
            hub.mqttPort = FreePorts.next();
            try {
                hub.start();
                return hub;
            } catch (PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The hub a test started last: the one whose log a failure shows. */
    static HubProcess lastStarted() {
        return lastStarted;
    }

    /** Starts the jar and waits until {@code /actuator/health} is UP; fails with the log's tail if it is not. */
    public synchronized void start() {
        launch();
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(this::isUp);
        } catch (ConditionTimeoutException e) {
            throw failedStart("The hub was not UP within " + START_TIMEOUT);
        }
    }

    /**
     * A hub with the shipped config and these arguments that must refuse to start: its exit status and its log, once
     * it ended by itself (a hub still running after the start timeout is killed, and answers -1).
     */
    public static Refusal startRefused(String... extraArguments) {
        HubProcess hub = new HubProcess(RunDirectory.withShippedConfig(), List.of(extraArguments));
        hub.httpPort = FreePorts.next();
        hub.brokerPort = FreePorts.next();
        hub.mqttPort = FreePorts.next();
        hub.launch();
        try {
            boolean ended = hub.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                hub.process.destroyForcibly();
            }
            return new Refusal(ended ? hub.process.exitValue() : -1, hub.currentRunLog());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How a hub that should not start ended. */
    public record Refusal(int exitStatus, String log) {
    }

    private void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        ProcessBuilder builder = new ProcessBuilder(command()).directory(runDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            logOffset = Files.size(log);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command(), e);
        }
        lastStarted = this;
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    /** SIGTERM, as a service manager or Ctrl-C stops it; waits for the JVM to end. Returns its exit status. */
    public synchronized int stop() {
        process.destroy();
        return awaitExit();
    }

    /** kill -9: no shutdown hook, no flush. Returns the exit status. */
    public synchronized int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Stops the hub if it still runs; the run directory and the log stay for a look after a failure. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** The Core acceptor that the README offers other systems (ERP, WMS) for JMS. */
    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    /** The MQTT acceptor devices publish to. */
    public String mqttUrl() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    public Path runDirectory() {
        return runDirectory;
    }

    /** Everything the hub wrote since it was last started (also once it stopped). */
    public String lastRunLog() {
        return currentRunLog();
    }

    /** The last lines the hub wrote, headed by where the whole log is. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return LOG_HEADING + log + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e + ")";
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Repository.hubJar().toString(),
                "--server.port=" + httpPort,
                "--lastmile.broker.acceptor-url=" + brokerUrl(),
                "--lastmile.broker.mqtt-url=" + mqttUrl()));
        command.addAll(extraArguments);
        return command;
    }

    private boolean isUp() {
        if (!process.isAlive()) {
            throw failedStart("The hub exited with status " + process.exitValue() + " before it was UP");
        }
        String written = currentRunLog();
        if (START_FAILED.stream().anyMatch(written::contains)) {
            throw failedStart("The hub's start-up failed");
        }
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(baseUrl().resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends what is left of the process; the failure names the reason and shows the log. */
    private IllegalStateException failedStart(String reason) {
        process.destroyForcibly();
        String message = reason + "\n" + logTail();
        return currentRunLog().contains(PORT_TAKEN) ? new PortTakenException(message)
                : new IllegalStateException(message);
    }

    /** What the hub wrote since it was last started; Latin-1 reads any byte, whatever the JVM's encoding. */
    private String currentRunLog() {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(logOffset);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The hub did not stop within " + STOP_TIMEOUT + "\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the hub", e);
        }
    }

    /** The start-up failed because another process had taken one of the ports. */
    private static final class PortTakenException extends IllegalStateException {

        PortTakenException(String message) {
            super(message);
        }
    }
}
