package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.IdocReader.Form;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdocReaderTest {

    private static Form detect(String payload) {
        return IdocReader.detect(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whenThePayloadStartsWithXml_itShouldBeIdocXml() {
        assertThat(detect("<?xml version=\"1.0\"?><DELVRY07/>")).isEqualTo(Form.XML);
        assertThat(detect("\uFEFF  \r\n<ORDERS05>")).isEqualTo(Form.XML);
    }

    @Test
    void whenThePayloadStartsWithTheControlRecord_itShouldBeAFlatIdoc() {
        assertThat(detect("EDI_DC40  100")).isEqualTo(Form.FLAT);
        assertThat(detect("\uFEFFEDI_DC40  100")).isEqualTo(Form.FLAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "E2EDL20004 0080001234", "ISA*00*"})
    void whenThePayloadIsNoIdoc_itShouldSaySo(String payload) {
        assertThatThrownBy(() -> detect(payload))
                .isInstanceOf(MappingException.class).hasMessageStartingWith("payload: not an IDoc");
    }
}
