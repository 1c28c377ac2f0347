package io.lastmilehub.benchmarks.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One application the harness starts with {@code java -jar}: its jar, the configuration directory copied beside it
 * (as the README says to run the hub), and the command-line arguments that put it on the given free ports.
 */
public record Subject(String name, Path jar, Optional<Path> configDir, Function<Ports, List<String>> arguments) {

    /** The hub as a user runs it, on free ports instead of 8080, 61616 and 1883. */
    public static Subject hub(String name, Path jar, Path configDir) {
        return new Subject(name, jar, Optional.of(configDir), ports -> List.of(
                "--server.port=" + ports.http(),
                "--lastmile.broker.acceptor-url=tcp://127.0.0.1:" + ports.broker(),
                "--lastmile.broker.mqtt-url=tcp://127.0.0.1:" + ports.mqtt(),
                "--lastmile.tracking-page.base-url=http://localhost:" + ports.http()));
    }

    /** The same subject under another name, with more arguments (e.g. {@code --lastmile.x=false}). */
    public Subject with(String newName, String... more) {
        return new Subject(newName, jar, configDir, ports -> {
            List<String> all = new ArrayList<>(arguments.apply(ports));
            all.addAll(List.of(more));
            return all;
        });
    }

    /** The baseline: a bare Spring Boot web application with the health endpoint. */
    public static Subject baseline(Path jar) {
        return new Subject("bare-web", jar, Optional.empty(), ports -> List.of("--server.port=" + ports.http()));
    }
}
