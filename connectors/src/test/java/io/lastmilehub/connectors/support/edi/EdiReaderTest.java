package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What real partners send, read by StAEDI after {@link EdiText} has cleaned it. */
class EdiReaderTest {

    private final EdiReader reader = new EdiReader(1 << 20);

    private static byte[] sample(String name) {
        try (InputStream in = EdiReaderTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
        "x12/204-MGCTLYST-SAMPLE.EDI | 204 | 38 | line feed as segment terminator, SE count 41",
        "x12/940-simplot.txt | 940 | 27 | BOM, CRLF as terminator, indentation, no IEA terminator",
        "x12/945-inter-americanproducts.txt | 945 | 17 | BOM, ~ then CRLF, indentation, mangled GS",
        "x12/856-Example1.txt | 856 | 25 | ~ as element separator, * as segment terminator",
        "x12/856-Example3.txt | 856 | 32 | U+2026 ellipsis as segment terminator, BOM",
        "x12/ts214_ellipses_segterm.edi | 214 | 20 | U+2026 ellipsis as segment terminator",
        "x12/x12.214.edi | 214 | 16 | line break inside the ISA segment",
        "x12/997-004010VICS-01.x12 | 997 | 6 | NAK (0x15) as segment terminator",
        "edifact/DESADV-DespatchAdvice.txt | DESADV | 40 | BOM, CRLF, UNZ count 2 for 1 message",
        "edifact/orders96.edi | ORDERS | 22 | mixed CRLF and LF",
        "edifact/orders-with-group.edi | ORDERS | 18 | UNG/UNE group, UNT count 21",
        "edifact/desadv1.edi | DESADV | 18 | UNA service string advice"})
    void whenAPartnersQuirkyFileIsRead_itsFirstTransactionSetIsComplete(String sample, String type, int segments,
            String quirk) {
        EdiInterchange interchange = reader.read(sample(sample));

        assertThat(interchange.transactions().get(0).type()).isEqualTo(type);
        assertThat(interchange.transactions().get(0).segments()).hasSize(segments);
    }

    @Test
    void whenTheSegmentCountIsWrong_itIsReportedNotFatal() {
        EdiTransaction tender = reader.read(sample("x12/204-MGCTLYST-SAMPLE.EDI")).transactions().get(0);

        assertThat(tender.errors()).extracting(EdiError::describe)
                .containsExactly("SE-01: CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ('41')");
        assertThat(tender.errors().get(0).segmentPosition()).isEqualTo(38);
    }

    @Test
    void whenTheFileIsIso88591_itsLettersSurvive() {
        EdiTransaction report = reader.read(sample("edifact/IFTSTA_example.edi")).transactions().get(0);

        assertThat(report.first("NAD", "PW")).get().extracting(nad -> nad.element(6)).isEqualTo("STENL\u00d8SE");
    }

    @Test
    void whenElementsAreComposite_theirComponentsAreKept() {
        EdiTransaction advice = reader.read(sample("edifact/DESADV-DespatchAdvice.txt")).transactions().get(0);

        EdiSegment mea = advice.first("MEA", "PD").orElseThrow();
        assertThat(mea.component(3, 1)).isEqualTo("KGM");
        assertThat(mea.component(3, 2)).isEqualTo("263.2");
        assertThat(mea.component(9, 9)).isEmpty();
    }

    @Test
    void whenThePayloadIsTooLarge_itIsRefusedBeforeReading() {
        MappingException failure = catchThrowableOfType(MappingException.class,
                () -> new EdiReader(100).read(sample("x12/204-MGCTLYST-SAMPLE.EDI")));

        assertThat(failure.getReason()).isEqualTo("payload of 1243 bytes exceeds 100");
    }

    @Test
    void whenThePayloadIsEmpty_itIsRefusedSayingSo() {
        MappingException failure = catchThrowableOfType(MappingException.class,
                () -> reader.read(" \r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(failure.getReason()).isEqualTo("empty payload");
    }
}
