package io.lastmilehub.hub.web;

import io.lastmilehub.hub.errors.InvalidMessageException;
import org.junit.jupiter.api.Test;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageCharsetTest {

    private static final Charset LATIN_2 = Charset.forName("ISO-8859-2");

    @Test
    void whenTheContentTypeNamesACharset_itWinsOverEverythingInTheBody() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>Bücher</a>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(MessageCharset.detect(xml, "application/xml; charset=\"ISO-8859-1\"").charset())
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(MessageCharset.decode(xml, "text/xml;charset=iso-8859-1")).contains("Bücher");
    }

    @Test
    void whenThereIsAByteOrderMark_itNamesTheCharsetAndIsNotPartOfTheText() {
        byte[] utf16 = "\uFEFF{\"name\":\"Łódź\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf8 = "\uFEFFUNB+UNOA:2+S+R'".getBytes(StandardCharsets.UTF_8);

        assertThat(MessageCharset.decode(utf16, null)).isEqualTo("{\"name\":\"Łódź\"}");
        assertThat(MessageCharset.detect(utf8, "application/x-www-form-urlencoded").charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(MessageCharset.decode(utf8, null)).startsWith("UNB+");
    }

    @Test
    void whenAnEdifactInterchangeSaysUnoc_itIsLatin1AndUnodIsLatin2() {
        byte[] unoc = "UNA:+.? 'UNB+UNOC:3+S+R'NAD+CN++Müller'".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unod = "UNB+UNOD:3+S+R'NAD+CN++Łódź'".getBytes(LATIN_2);

        assertThat(MessageCharset.decode(unoc, "application/edifact")).endsWith("Müller'");
        assertThat(MessageCharset.detect(unod, null).charset()).isEqualTo(LATIN_2);
        assertThat(MessageCharset.decode(unod, null)).endsWith("Łódź'");
    }

    @Test
    void whenAnUnoaInterchangeCarriesAnEightBitByte_itIsRefusedNamingTheOffset() {
        byte[] unoa = "UNB+UNOA:2+S+R'NAD+CN++Müller'".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> MessageCharset.decode(unoa, null))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("body: the byte 0xFC at offset 24 is not valid US-ASCII (named by the UNB syntax "
                        + "identifier UNOA)");
    }

    @Test
    void whenAnX12InterchangeIsNotUtf8_itIsRefusedNamingTheOffset() {
        byte[] x12 = "ISA*00*          *00*   N1*ST*Müller~".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> MessageCharset.decode(x12, "application/edi-x12"))
                .hasMessageContaining("0xFC at offset 31 is not valid UTF-8 (X12 is ASCII, read as UTF-8)");
    }

    @Test
    void whenOnlyTheXmlDeclarationSays_itsEncodingIsUsedAndTheUtf8CopySaysUtf8() {
        byte[] xml = "<?xml version='1.0' encoding='ISO-8859-1'?><a>Bücher</a>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(MessageCharset.detect(xml, "application/xml").charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(new String(MessageCharset.toUtf8(xml, null), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version='1.0' encoding='UTF-8'?><a>Bücher</a>");
    }

    @Test
    void whenNothingSays_itIsUtf8AndABadByteIsRefusedNamingItsOffset() {
        byte[] json = "{\"name\":\"Bücher\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(MessageCharset.detect(json, null).source()).isEqualTo("none named, UTF-8 assumed");
        assertThatThrownBy(() -> MessageCharset.decode(json, "application/json"))
                .hasMessage("body: the byte 0xFC at offset 10 is not valid UTF-8 (none named, UTF-8 assumed)");
    }

    @Test
    void whenTheCharsetIsUnknown_itIsRefusedNamingIt() {
        assertThatThrownBy(() -> MessageCharset.decode(new byte[] {'a'}, "text/plain; charset=klingon"))
                .hasMessage("Content-Type: charset 'klingon' is not a character set the hub knows");
    }
}
