package io.lastmilehub.connectors.fuzz;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.canonical.CanonicalXml;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the fuzzer of one inbound format starts from: the format's real samples under {@code src/test/resources/samples}
 * (see the SOURCES.md there), or, for the canonical formats, which have no samples from outside, documents written
 * from the model's fixtures.
 *
 * @param format the format name
 * @param seeds  the seeds, each named for the test report
 */
record FormatSeeds(String format, Supplier<List<Named<byte[]>>> seeds) {

    /** The samples whose path under {@code samples/} starts with one of the prefixes, e.g. {@code ecommerce/shop}. */
    static FormatSeeds samples(String format, String... prefixes) {
        return new FormatSeeds(format, () -> {
            Path root = samplesRoot();
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .filter(name -> !name.endsWith("SOURCES.md"))
                        .filter(name -> Stream.of(prefixes).anyMatch(name::startsWith))
                        .sorted()
                        .map(name -> Named.of(name, read(root.resolve(name))))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The fixtures' order, alone and in a batch of two, as canonical JSON. */
    static FormatSeeds canonicalJson(String format) {
        return new FormatSeeds(format, () -> List.of(
                Named.of("fixture order", CanonicalJson.toJsonBytes(ModelFixtures.deliveryOrder())),
                Named.of("fixture batch", CanonicalJson.toJsonBytes(batch()))));
    }

    /** The fixtures' order, alone and in a batch of two, as canonical XML. */
    static FormatSeeds canonicalXml(String format) {
        return new FormatSeeds(format, () -> List.of(
                Named.of("fixture order", CanonicalXml.toXmlBytes(ModelFixtures.deliveryOrder())),
                Named.of("fixture batch", CanonicalXml.toXmlBytes(batch()))));
    }

    private static DeliveryOrders batch() {
        return DeliveryOrders.builder().order(ModelFixtures.deliveryOrder())
                .order(ModelFixtures.deliveryOrder().toBuilder().clearParcels().build()).build();
    }

    private static Path samplesRoot() {
        try {
            return Paths.get(FormatSeeds.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
