package io.lastmilehub.connectors.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden files for the samples of one kind ({@code samples/<kind>/}, the copies of the shared sample set): what a
 * mapper makes of each sample, orders, parcel updates and receipts in canonical JSON or the refusal with its field
 * and reason, compared field by field with {@code golden/<kind>/<sample>.json}, which was checked by hand against the sample.
 */
public final class GoldenSamples {

    private static final ObjectMapper JSON = CanonicalJson.newMapper();

    private GoldenSamples() {
    }

    /** The file names of every sample of a kind. */
    public static List<String> of(String kind) {
        try (Stream<Path> files = Files.list(Path.of(GoldenSamples.class.getResource("/samples/" + kind).toURI()))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the mapper makes of a sample, as the golden files write it. */
    public static JsonNode outcome(InboundMapper mapper, String kind, String sample) {
        byte[] payload = InboundMapperTestBase.sample(kind + "/" + sample);
        Map<String, Object> outcome = new LinkedHashMap<>();
        try {
            MappedMessage mapped = mapper.map(new InboundMessage(InboundMapperTestBase.TENANT, mapper.format(),
                    payload, Map.of()));
            outcome.put("sourceSystem", mapped.sourceSystem());
            outcome.put("sourceMessageId", mapped.sourceMessageId());
            outcome.put("orders", mapped.orders());
            outcome.put("parcelUpdates", mapped.parcelUpdates());
            if (!mapped.receipts().isEmpty()) {
                outcome.put("receipts", mapped.receipts());
            }
        } catch (MappingException refused) {
            outcome.put("refused", Map.of("field", refused.getField(), "reason", refused.getReason()));
        }
        return JSON.valueToTree(outcome);
    }

    /** The golden file of a sample. */
    public static JsonNode golden(String kind, String sample) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/golden/" + kind + "/" + sample + ".json")) {
            if (in == null) {
                throw new AssertionError("no golden file golden/" + kind + "/" + sample + ".json; each sample has one");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
