package io.lastmilehub.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts one jar as a user would, {@code java -jar} with no JVM options, from a fresh directory (holding a copy of the
 * configuration directory when the subject has one), measures it, and stops it with SIGTERM.
 */
public final class JarStart {

    private static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Duration settle;
    private final Duration timeout;

    public JarStart(Duration settle, Duration timeout) {
        this.settle = settle;
        this.timeout = timeout;
    }

    Measurement measure(Subject subject) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try (Running running = start(subject)) {
            double ready = (System.nanoTime() - started) / 1e9;
            double cpu = cpuSeconds(running.process());
            Thread.sleep(settle.toMillis());
            return new Measurement(ready, cpu, ProcStatus.rssMegabytes(running.process().pid()));
        }
    }

    /** Starts the subject and returns once it is ready; closing what it returns stops it and deletes its directory. */
    public Running start(Subject subject) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("startup-" + subject.name() + "-");
        Ports ports = Ports.free();
        Process process = null;
        try {
            if (subject.configDir().isPresent()) {
                copy(subject.configDir().get(), workDir.resolve("config"));
            }
            process = start(subject, ports, workDir);
            awaitHealthUp(process, ports.http(), workDir.resolve("out.log"));
            return new Running(process, ports, workDir);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            delete(workDir);
            throw e;
        }
    }

    /** A started jar on its ports. */
    public record Running(Process process, Ports ports, Path workDir) implements AutoCloseable {

        @Override
        public void close() throws IOException, InterruptedException {
            stop(process);
            delete(workDir);
        }
    }

    private static Process start(Subject subject, Ports ports, Path workDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", subject.jar().toString()));
        command.addAll(subject.arguments().apply(ports));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("out.log").toFile()).start();
    }

    private void awaitHealthUp(Process process, int port, Path log) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + " before ready:\n" + tail(log));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // polled again below
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s:\n" + tail(log));
    }

    private static double cpuSeconds(Process process) {
        return process.info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1000.0).orElse(Double.NaN);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Copies a directory tree (the configuration directory beside a started jar). */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
