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
 * and reason (status reports, cancellations and changes of orders too, when there are any), compared field by field
 * with {@code golden/<kind>/<sample>.json}, which was checked by hand against the sample.
 */
public final class GoldenSamples {

    private static final ObjectMapper JSON = CanonicalJson.newMapper();

    private GoldenSamples() {
    }

    /** The file names of every sample of a kind. */
    public static List<String> of(String kind) {
        try (Stream<Path> files = Files.list(Path.of(GoldenSamples.class.getResource("/samples/" + kind).toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("SOURCES.md")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the mapper makes of a sample, as the golden files write it. */
    public static JsonNode outcome(InboundMapper mapper, String kind, String sample) {
        return outcome(mapper, InboundMapperTestBase.sample(kind + "/" + sample));
    }

    /** What the mapper makes of a payload, as the golden files write it. */
    public static JsonNode outcome(InboundMapper mapper, byte[] payload) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        try {
            MappedMessage mapped = mapper.map(new InboundMessage(InboundMapperTestBase.TENANT, mapper.format(),
                    payload, Map.of()));
            outcome.put("sourceSystem", mapped.sourceSystem());
            outcome.put("sourceMessageId", mapped.sourceMessageId());
            outcome.put("orders", mapped.orders());
            outcome.put("parcelUpdates", mapped.parcelUpdates());
            putUnlessEmpty(outcome, "receipts", mapped.receipts());
            putUnlessEmpty(outcome, "statusReports", mapped.statusReports());
            putUnlessEmpty(outcome, "cancellations", mapped.cancellations());
            putUnlessEmpty(outcome, "revisions", mapped.revisions());
        } catch (MappingException refused) {
            outcome.put("refused", Map.of("field", refused.getField(), "reason", refused.getReason()));
        }
        return JSON.valueToTree(outcome);
    }

    /** Whether a sample has a golden file. */
    public static boolean hasGolden(String kind, String sample) {
        return GoldenSamples.class.getResource("/golden/" + kind + "/" + sample + ".json") != null;
    }

    /**
     * The mapper of a format as the hub makes it for a tenant with the settings of {@code golden/<kind>/<sample>
     * .settings.json} (a carrier's own columns, the zone of its scan times), or with none when there is no such file.
     */
    public static InboundMapper mapper(String format, String kind, String sample) {
        InboundFormat found = InboundFormats.load().find(format).orElseThrow();
        Map<String, Object> settings = new LinkedHashMap<>();
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/golden/" + kind + "/" + sample
                + ".settings.json")) {
            if (in != null) {
                JSON.readTree(in).fields().forEachRemaining(setting -> settings.put(setting.getKey(),
                        JSON.convertValue(setting.getValue(), Object.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.create(ConnectorSettings.of(found.settings(), settings), TenantContext.none());
    }

    private static void putUnlessEmpty(Map<String, Object> outcome, String name, List<?> values) {
        if (!values.isEmpty()) {
            outcome.put(name, values);
        }
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
