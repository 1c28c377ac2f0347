package io.lastmilehub.connectors.sap.idoc.flat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentNamesTest {

    @ParameterizedTest
    @CsvSource({
            "E2EDK01003, E1EDK01",
            "E2EDKA1002, E1EDKA1",
            "E2EDK14, E1EDK14",
            "E2EDL20004, E1EDL20",
            "E1EDL24, E1EDL24",
            "Z2MYSEG001, Z2MYSEG001",
            "E2BPSDHD1, E1BPSDHD1"})
    void whenAFlatFileNamesASegmentDefinition_itShouldReadTheSegmentType(String definition, String type) {
        assertThat(SegmentNames.type(definition)).isEqualTo(type);
    }
}
