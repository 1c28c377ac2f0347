package io.lastmilehub.connectors.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.testing.Plausibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Base of every inbound mapper test: feeds payloads (real samples from {@code src/test/resources/samples}, or edited
 * copies of them) through the mapper and checks that whatever comes out is plausible, the same for every mapper.
 */
public abstract class InboundMapperTestBase {

    /** The tenant every test message is received for. */
    protected static final String TENANT = "acme";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The mapper under test. */
    protected abstract InboundMapper mapper();

    /** A sample's bytes, by its path under {@code samples/}. */
    public static byte[] sample(String name) {
        try (InputStream in = InboundMapperTestBase.class.getResourceAsStream("/samples/" + name)) {
            assertThat(in).as("sample %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON sample as an editable tree. */
    protected static ObjectNode sampleJson(String name) {
        try {
            return (ObjectNode) JSON.readTree(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps a payload and checks the result is plausible. */
    protected MappedMessage map(byte[] payload, Map<String, String> headers) {
        MappedMessage mapped = mapper().map(new InboundMessage(TENANT, mapper().format(), payload, headers));
        verify(mapped);
        return mapped;
    }

    protected MappedMessage map(byte[] payload) {
        return map(payload, Map.of());
    }

    protected MappedMessage map(String payload) {
        return map(payload.getBytes(StandardCharsets.UTF_8));
    }

    protected MappedMessage map(JsonNode payload) {
        return map(payload.toString());
    }

    /**
     * Maps a payload that must carry exactly one order, and returns it: the order itself, or the order a change of
     * it carries ({@link OrderRevision}), which the hub creates when it does not have the order yet.
     */
    protected DeliveryOrder mapOne(byte[] payload) {
        MappedMessage mapped = firstSight(map(payload));
        assertThat(mapped.orders()).hasSize(1);
        return mapped.orders().get(0);
    }

    protected DeliveryOrder mapOne(JsonNode payload) {
        return mapOne(payload.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the hub makes of a message when it has none of the orders it changes: each change as a new order. */
    protected static MappedMessage firstSight(MappedMessage mapped) {
        return mapped.revisions().isEmpty() ? mapped : mapped.revisionsAsOrders();
    }

    /** Maps a payload that must fail, and returns the failure. */
    protected MappingException mappingFails(byte[] payload) {
        return mappingFails(payload, Map.of());
    }

    /** Maps a payload with transport headers that must fail, and returns the failure. */
    protected MappingException mappingFails(byte[] payload, Map<String, String> headers) {
        MappingException failure = catchThrowableOfType(MappingException.class,
                () -> mapper().map(new InboundMessage(TENANT, mapper().format(), payload, headers)));
        assertThat(failure).as("mapping should fail").isNotNull();
        return failure;
    }

    protected MappingException mappingFails(String payload) {
        return mappingFails(payload.getBytes(StandardCharsets.UTF_8));
    }

    protected MappingException mappingFails(JsonNode payload) {
        return mappingFails(payload.toString());
    }

    protected MappingException mappingFails(JsonNode payload, Map<String, String> headers) {
        return mappingFails(payload.toString().getBytes(StandardCharsets.UTF_8), headers);
    }

    protected MappedMessage map(JsonNode payload, Map<String, String> headers) {
        return map(payload.toString().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void verify(MappedMessage mapped) {
        assertThat(mapped.sourceSystem()).as("sourceSystem").isNotBlank();
        assertThat(mapped.sourceMessageId()).as("sourceMessageId").isNotBlank();
        Plausibility.assertAllPlausible(mapped.orders());
        for (DeliveryOrder order : mapped.orders()) {
            assertThat(order.getTenant()).as("tenant").isEqualTo(TENANT);
            assertThat(order.getId()).as("hub id, assigned by the hub").isNull();
            assertThat(order.getSource()).extracting(SourceRef::getSystem, SourceRef::getMessageId)
                    .as("source of every order").containsExactly(mapped.sourceSystem(), mapped.sourceMessageId());
        }
    }
}
