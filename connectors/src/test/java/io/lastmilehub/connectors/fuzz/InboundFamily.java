package io.lastmilehub.connectors.fuzz;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.ModelValidator;
import org.junit.jupiter.api.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.lastmilehub.connectors.fuzz.FormatSeeds.canonicalJson;
import static io.lastmilehub.connectors.fuzz.FormatSeeds.canonicalXml;
import static io.lastmilehub.connectors.fuzz.FormatSeeds.samples;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbound formats grouped by the kind of parser that reads them, one fuzz test each ({@code *FuzzTest}). A
 * fuzz input of a family of several formats starts with one byte that picks the format (its index, modulo their
 * number); the rest is the payload. A family of one format takes the whole input as its payload.
 */
enum InboundFamily {

    JSON(canonicalJson("canonical-json"), samples("shopify", "ecommerce/shopify-"),
            samples("woocommerce", "ecommerce/woocommerce-"), samples("magento", "ecommerce/magento-"),
            samples("wms-json", "wms/confirmation-"), samples("aftership", "aftership/"),
            samples("easypost", "easypost/"), samples("ups-track", "ups/"), samples("fedex-track", "fedex/"),
            samples("dhl-tracking", "dhl/")),
    CANONICAL_XML(canonicalXml("canonical-xml")),
    IDOC(samples("idoc", "idoc/")),
    X12(samples("x12", "x12/")),
    EDIFACT(samples("edifact", "edifact/")),
    CSV(samples("wms-csv", "wms/acme-", "wms/standard-"), samples("parcel-status-csv", "parcel-status-csv/"));

    /** The tenant every fuzz input is received for. */
    private static final String TENANT = "acme";

    private final List<FormatSeeds> formats;

    InboundFamily(FormatSeeds... formats) {
        this.formats = List.of(formats);
    }

    /** The names of the formats in this family. */
    List<String> formatNames() {
        return formats.stream().map(FormatSeeds::format).toList();
    }

    /** Every format's seeds, as fuzz inputs of this family (with the byte that picks the format, if it has one). */
    Stream<Named<byte[]>> seeds() {
        return formats.stream().flatMap(format -> format.seeds().get().stream()
                .map(seed -> Named.of(format.format() + ": " + seed.getName(),
                        input(formats.indexOf(format), seed.getPayload()))));
    }

    /**
     * Maps one fuzz input with the format it picks and checks the mapper's contract: it maps the payload to valid
     * orders, or refuses it with a {@link MappingException} or an {@link InvalidModelException} that names the field
     * and the reason. Any other exception leaves this method, and the fuzzer reports it.
     */
    void assertMapsOrRefuses(InboundMappers mappers, byte[] input) {
        InboundMapper mapper = mappers.get(formats.get(formatIndex(input)).format());
        byte[] payload = formats.size() == 1 || input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        try {
            assertValid(mapper.map(new InboundMessage(TENANT, mapper.format(), payload, Map.of())));
        } catch (MappingException refused) {
            assertThat(refused.getField()).as("field of %s", refused).isNotBlank();
            assertThat(refused.getReason()).as("reason of %s", refused).isNotBlank();
        } catch (InvalidModelException invalid) {
            assertThat(invalid.getViolations()).as("violations of %s", invalid).isNotEmpty().allSatisfy(violation -> {
                assertThat(violation.field()).isNotBlank();
                assertThat(violation.reason()).isNotBlank();
            });
        }
    }

    private int formatIndex(byte[] input) {
        return formats.size() == 1 || input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]) % formats.size();
    }

    private byte[] input(int formatIndex, byte[] payload) {
        if (formats.size() == 1) {
            return payload;
        }
        byte[] input = new byte[payload.length + 1];
        input[0] = (byte) formatIndex;
        System.arraycopy(payload, 0, input, 1, payload.length);
        return input;
    }

    private static void assertValid(MappedMessage mapped) {
        assertThat(mapped.sourceSystem()).as("sourceSystem").isNotBlank();
        assertThat(mapped.sourceMessageId()).as("sourceMessageId").isNotBlank();
        for (DeliveryOrder order : mapped.orders()) {
            assertThat(ModelValidator.violationsOf(order)).as("constraints of a mapped order").isEmpty();
        }
    }
}
