package io.lastmilehub.connectors.sap.idoc.flat;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The real ORDERS01 flat file (2007), read record by record. */
class FlatIdocReaderTest {

    private static String sample(String name) {
        try (InputStream in = FlatIdocReaderTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void whenTheFlatOrderIsRead_itsControlRecordShouldBeSplitAtItsOffsets() {
        Idoc idoc = FlatIdocReader.read(sample("idoc/ORDERS01001.idoc"));

        assertThat(idoc.control().fields()).contains(entry("MANDT", "032"), entry("DOCNUM", "0000000000887330"),
                entry("DOCREL", "620"), entry("STATUS", "30"), entry("IDOCTYP", "ORDERS01"),
                entry("MESTYP", "ZZORDERS"), entry("STDMES", "ORDERS"), entry("SNDPOR", "SAPHID"),
                entry("SNDPRT", "LS"), entry("SNDPRN", "HID032"), entry("RCVPOR", "SAPEDIRL"), entry("RCVPRT", "LI"),
                entry("RCVPFC", "LF"), entry("RCVPRN", "0000088333"), entry("CREDAT", "20070907"),
                entry("CRETIM", "115451"), entry("SERIAL", "20070907115450"));
    }

    @Test
    void whenTheFlatOrderIsRead_itsSegmentsShouldHangUnderTheirParents() {
        Idoc idoc = FlatIdocReader.read(sample("idoc/ORDERS01001.idoc"));

        assertThat(idoc.segments()).extracting(Segment::name).containsExactly("E1EDK01", "E1EDK14", "E1EDK14",
                "E1EDK14", "E1EDK14", "E1EDK03", "E1EDK03", "E1EDKA1", "E1EDKA1", "E1EDKA1", "E1EDK02", "E1EDK17",
                "E1EDK17", "E1EDK18", "E1EDP01", "E1EDS01");
        Segment item = idoc.segments("E1EDP01").get(0);
        assertThat(item.number()).isEqualTo(15);
        assertThat(item.children()).extracting(Segment::name).containsExactly("E1EDP20", "E1EDP19", "E1EDP19");
        assertThat(item.fields()).contains(entry("POSEX", "00010"), entry("MENGE", "100.000"), entry("MENEE", "PCE"),
                entry("NTGEW", "1"), entry("GEWEI", "KGM"));
        assertThat(item.children("E1EDP20").get(0).fields()).as("no layout: SDATA kept whole")
                .containsOnlyKeys(SegmentLayouts.SDATA);
    }

    @Test
    void whenTheFlatOrderIsRead_theShipToShouldBeAtItsOffsets() {
        Segment shipTo = FlatIdocReader.read(sample("idoc/ORDERS01001.idoc")).segments("E1EDKA1").get(2);

        assertThat(shipTo.fields()).containsExactly(entry("PARVW", "WE"), entry("PARTN", "0000010260"),
                entry("LIFNR", "0001"), entry("NAME1", "Lekkerland"), entry("STRAS", "Distributieweg 8"),
                entry("ORT01", "Waddinxveen"), entry("PSTLZ", "2742 RB"), entry("LAND1", "NL"), entry("SPRAS", "E"));
    }

    @Test
    void whenADataRecordHasNoSegmentName_itShouldBeRefusedNamingSegnamAndTheLine() {
        String control = sample("idoc/ORDERS01001.idoc").lines().findFirst().orElseThrow();
        String nameless = " ".repeat(30) + "032" + "0000000000481600" + "000001" + "000000" + "02";

        assertThatThrownBy(() -> FlatIdocReader.read(control + "\n" + nameless + "\n"))
                .isInstanceOfSatisfying(MappingException.class, refused -> {
                    assertThat(refused.getField()).isEqualTo("SEGNAM");
                    assertThat(refused.getReason()).isEqualTo("line 2: missing: a data record starts with its "
                            + "segment name");
                });
    }
}
