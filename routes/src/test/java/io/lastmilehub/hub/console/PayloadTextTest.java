package io.lastmilehub.hub.console;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadTextTest {

    @Test
    void bytesThatAreNotUtf8AreNotShownAsText() {
        assertThat(PayloadText.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff})).isEmpty();
        assertThat(PayloadText.of("ISA*00*~".getBytes(StandardCharsets.UTF_8))).contains("ISA*00*~");
    }

    @Test
    void aBrowsersCrlfLineEndsGoBackToLfWhenTheOriginalHadNone() {
        byte[] original = "{\n\"a\": 1\n}".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(PayloadText.edited("{\r\n\"a\": 2\r\n}", original), StandardCharsets.UTF_8))
                .isEqualTo("{\n\"a\": 2\n}");
        byte[] edifact = "UNA:+.? '\r\nUNB+UNOC:3'\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(PayloadText.edited("UNA:+.? '\r\nUNB+UNOC:4'\r\n", edifact), StandardCharsets.UTF_8))
                .isEqualTo("UNA:+.? '\r\nUNB+UNOC:4'\r\n");
    }
}
