package io.lastmilehub.connectors.support.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden files of the shop mappers: every real sample of a platform under {@code samples/ecommerce} is mapped, and
 * what comes out (the canonical orders and cancellations, or the refusal with its field and reason) is compared field
 * by field with {@code golden/ecommerce/<sample>}, written once from the mapper's output and checked by hand against
 * the sample. A new sample without a golden file fails, showing what the mapper made of it.
 */
public final class GoldenSamples {

    private static final ObjectMapper JSON = CanonicalJson.newMapper();

    private GoldenSamples() {
    }

    /** The names of the platform's samples, e.g. {@code shopify-order.json} for prefix {@code shopify-}. */
    public static Stream<String> of(String prefix) {
        try (Stream<Path> files = Files.list(Path.of(GoldenSamples.class.getResource("/samples/ecommerce").toURI()))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".json")).sorted().toList();
            assertThat(names).as("samples named %s*.json", prefix).isNotEmpty();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maps a sample and compares the outcome with its golden file, listing every field that differs. */
    public static void assertMatchesGolden(InboundMapper mapper, String sample) {
        byte[] payload = read("/samples/ecommerce/" + sample);
        if (read("/golden/ecommerce/" + sample) == null) {
            fail("no golden file golden/ecommerce/%s; the mapper made:%n%s", sample, pretty(outcome(mapper, payload)));
        }
        assertThat(differences(mapper, sample, payload)).as("fields of %s that differ from its golden file", sample)
                .isEmpty();
    }

    /**
     * The fields in which what the mapper makes of a payload differs from the golden file of the sample of that
     * name, e.g. {@code $.orders[0].shipTo.name: expected "A" but was "B"}; empty when none does.
     *
     * @throws IllegalArgumentException when the sample has no golden file
     */
    public static List<String> differences(InboundMapper mapper, String sample, byte[] payload) {
        byte[] golden = read("/golden/ecommerce/" + sample);
        if (golden == null) {
            throw new IllegalArgumentException("no golden file golden/ecommerce/" + sample);
        }
        List<String> differences = new ArrayList<>();
        compare("$", tree(golden), outcome(mapper, payload), differences);
        return differences;
    }

    private static JsonNode outcome(InboundMapper mapper, byte[] payload) {
        try {
            return JSON.valueToTree(mapper.map(new InboundMessage("acme", mapper.format(), payload, Map.of())));
        } catch (MappingException refused) {
            ObjectNode refusal = JSON.createObjectNode();
            refusal.putObject("refused").put("field", refused.getField()).put("reason", refused.getReason());
            return refusal;
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    names.add(name);
                }
            });
            names.forEach(name -> compare(path + "." + name, expected.path(name), actual.path(name), differences));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> actualElements = actual.elements();
            int index = 0;
            for (JsonNode element : expected) {
                compare(path + "[" + index++ + "]", element, actualElements.next(), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()
                ? expected.decimalValue().compareTo(actual.decimalValue()) != 0 : !expected.equals(actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
