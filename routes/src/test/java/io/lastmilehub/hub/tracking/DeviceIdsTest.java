package io.lastmilehub.hub.tracking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"van-1-phone", "605630", "353173065123456:2", "AA:BB:CC:DD:EE:FF", "reefer_7"})
    void whenAnIdIsLettersDigitsOrSingleColons_itShouldBindADevice(String id) {
        assertThat(DeviceIds.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a::b", ":a", "a:", "a/b", "a.b", "a+b", "a#b",
        "0123456789012345678901234567890123456789012345678901234567890123x"})
    void whenAnIdCouldBreakATopicOrAnAddress_itShouldBeRefused(String id) {
        assertThat(DeviceIds.isValid(id)).isFalse();
    }
}
