package io.lastmilehub.connectors.spi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InboundMappersTest {

    private final InboundMappers mappers = InboundMappers.load();

    /** A mapper that only says who it is. */
    private static InboundMapper stub(String format) {
        return new InboundMapper() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public MappedMessage map(InboundMessage message) {
                return new MappedMessage(format, message.text(), List.of());
            }
        };
    }

    @Test
    void whenLoaded_itShouldKnowEveryRegisteredFormat() {
        // "contains", not "containsExactly": a new format is one package and one services line, no edit here.
        assertThat(mappers.formats())
                .contains("canonical-json", "canonical-xml", "edifact", "idoc", "magento", "shopify", "wms-csv",
                        "wms-json", "woocommerce", "x12");
        assertThat(mappers.formats()).allSatisfy(format -> assertThat(mappers.get(format).format()).isEqualTo(format));
        assertThat(mappers.find("tradacoms")).isEmpty();
        assertThat(mappers.find(null)).isEmpty();
    }

    @Test
    void whenTheFormatIsUnknown_itShouldListTheKnownOnes() {
        InboundMappers two = InboundMappers.of(List.of(stub("b"), stub("a")));

        MappingException failure = catchThrowableOfType(MappingException.class, () -> two.get("amazon"));

        assertThat(failure.getField()).isEqualTo("format");
        assertThat(failure.getReason()).isEqualTo("unknown format 'amazon'; known formats: a, b");
    }

    @Test
    void whenAMessageIsMapped_itShouldGoToTheMapperOfItsFormat() {
        InboundMappers two = InboundMappers.of(List.of(stub("a"), stub("b")));

        MappedMessage mapped = two.map(new InboundMessage("acme", "b", "m-1".getBytes(), Map.of()));

        assertThat(mapped.sourceSystem()).isEqualTo("b");
        assertThat(mapped.sourceMessageId()).isEqualTo("m-1");
    }

    @Test
    void whenTwoMappersClaimOneFormat_itShouldRefuseThem() {
        assertThatThrownBy(() -> InboundMappers.of(List.of(stub("shopify"), stub("shopify"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shopify");
    }
}
