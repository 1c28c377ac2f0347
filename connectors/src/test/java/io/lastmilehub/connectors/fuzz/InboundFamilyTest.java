package io.lastmilehub.connectors.fuzz;

import io.lastmilehub.connectors.spi.InboundFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class InboundFamilyTest {

    @Test
    void whenAFormatIsRegistered_itShouldBeFuzzedByExactlyOneFamily() {
        assertThat(Stream.of(InboundFamily.values()).flatMap(family -> family.formatNames().stream()))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(InboundFormats.load().names());
    }

    @ParameterizedTest
    @EnumSource(InboundFamily.class)
    void whenAFamilyIsFuzzed_everyFormatShouldStartFromSeeds(InboundFamily family) {
        assertThat(family.formatNames()).allSatisfy(format -> assertThat(family.seeds())
                .anySatisfy(seed -> assertThat(seed.getName()).startsWith(format + ": ")));
    }
}
