package io.lastmilehub.acceptance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checked-out repository the suite tests: the packaged jar, the shipped {@code config/}, the real samples and
 * the README's walkthrough script. Failsafe passes both locations (see acceptance/pom.xml).
 */
public final class Repository {

    private Repository() {
    }

    /** {@code routes/target/lastmile-hub.jar}, as {@code ./mvnw package} leaves it. */
    public static Path hubJar() {
        Path jar = Path.of(required("lastmile.hub.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -o -q -DskipTests package first");
        }
        return jar;
    }

    public static Path root() {
        return Path.of(required("lastmile.repository.dir")).toAbsolutePath().normalize();
    }

    public static Path config() {
        return root().resolve("config");
    }

    /** A real sample message from connectors/src/test/resources/samples, e.g. {@code ecommerce/shopify-order.json}. */
    public static Path sample(String name) {
        return root().resolve("connectors/src/test/resources/samples").resolve(name);
    }

    public static byte[] sampleBytes(String name) {
        try {
            return Files.readAllBytes(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request body of the API description's examples, {@code routes/src/main/resources/api-examples/<name>}: the
     * suite sends these very files, so every example in the description is a request that works.
     */
    public static byte[] apiExample(String name) {
        try {
            return Files.readAllBytes(root().resolve("routes/src/main/resources/api-examples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven)");
        }
        return value;
    }
}
