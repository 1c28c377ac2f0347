package io.lastmilehub.connectors.sap.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldPathTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "E1EDT13[QUALF=007]-NTANF, E1EDT13, QUALF=007, NTANF",
            "E1ADRM1[PARTNER_Q=WE], E1ADRM1, PARTNER_Q=WE, -",
            "EDI_DC40-MESTYP, EDI_DC40, -, MESTYP",
            "E1EDL37[EXIDV=AB-12]-GWEIM, E1EDL37, EXIDV=AB-12, GWEIM",
            "E1EDL20, E1EDL20, -, -",
            "/DELVRY07/IDOC/E1EDL20/VBELN, /DELVRY07/IDOC/E1EDL20/VBELN, -, -"})
    void whenAFieldIsNamed_itShouldSplitIntoSegmentQualifierAndField(String path, String segment, String qualifier,
                                                                    String field) {
        assertThat(FieldPath.parse(path)).isEqualTo(new FieldPath(segment, qualifier, field));
    }
}
