package io.lastmilehub.connectors.support.address;

import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PostalCodesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DE | 10115      | 10115
            DE | ' 10115 '  | 10115
            DE | DE-10115   | 10115
            FR | 75001      | 75001
            FR | 75 001     | 75001
            ES | 28013      | 28013
            IT | 00144      | 00144
            US | 12345      | 12345
            US | 123456789  | 12345-6789
            US | 12345 6789 | 12345-6789
            US | 12345-6789 | 12345-6789
            GB | sw1a1aa    | SW1A 1AA
            GB | SW1A  1AA  | SW1A 1AA
            GB | m11aa      | M1 1AA
            GB | m344ab     | M34 4AB
            GB | ec1a 1bb   | EC1A 1BB
            GB | GIR0AA     | GIR 0AA
            CA | k1a0b1     | K1A 0B1
            CA | K1A-0B1    | K1A 0B1
            NL | 1012ab     | 1012 AB
            NL | 1012 AB    | 1012 AB
            AT | 1010       | 1010
            CH | 8001       | 8001
            CH | CH-8001    | 8001
            BE | 1000       | 1000
            DK | 2100       | 2100
            NO | 0150       | 0150
            PL | 00950      | 00-950
            PL | 00-950     | 00-950
            SE | 11455      | 114 55
            SE | 114 55     | 114 55
            PT | 1000001    | 1000-001
            PT | 1000-001   | 1000-001
            IE | d02x285    | D02 X285
            IE | A65 F4E2   | A65 F4E2
            JP | 1000001    | 100-0001
            JP | 100-0001   | 100-0001
            BR | 01310100   | 01310-100
            BR | 01310-100  | 01310-100
            IN | 110001     | 110001
            AU | 2000       | 2000
            CZ | 11000      | 110 00
            SK | 81101      | 811 01
            GR | 10431      | 104 31
            FI | 00100      | 00100
            LU | 1111       | 1111
            LV | lv1073     | LV-1073
            KR | 03051      | 03051
            AR | c1070aam   | C1070AAM
            MX | 06600      | 06600
            CN | 100000     | 100000
            RU | 101000     | 101000
            ZA | 8001       | 8001
            NZ | 6011       | 6011
            SG | 018956     | 018956
            """)
    void whenACodeFitsItsCountry_itShouldBeWrittenTheCountrysWay(String country, String given, String written) {
        assertThat(PostalCodes.normalize(country, given)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE | 1234
            DE | 123456
            DE | ABCDE
            DE | 1O115
            FR | 7500
            ES | 2801
            IT | 001440
            US | 1234
            US | 12345-678
            GB | 12345
            GB | SW1A 1A
            CA | D1A 0B1
            CA | 123456
            NL | 1012
            NL | 1012 A
            AT | 10100
            CH | 800
            BE | 10000
            DK | 210
            NO | 01500
            PL | 0095
            SE | 1145
            PT | 1000
            IE | D02X28
            JP | 100001
            BR | 0131010
            IN | 11000
            AU | 200
            """)
    void whenACodeDoesNotFitItsCountry_itShouldBeRefused(String country, String given) {
        MappingException e = catchThrowableOfType(MappingException.class, () -> PostalCodes.normalize(country, given));

        assertThat(e.getField()).isEqualTo("postalCode");
        assertThat(e.getReason()).startsWith("'" + given + "' is not a valid postal code for " + country + " (");
    }

    @Test
    void whenRefused_theMessageShouldSayWhatTheCountryExpects() {
        assertThat(catchThrowableOfType(MappingException.class, () -> PostalCodes.normalize("DE", "1234")))
                .hasMessage("postalCode: '1234' is not a valid postal code for DE (expected 5 digits, e.g. 26133)");
        assertThat(catchThrowableOfType(MappingException.class, () -> PostalCodes.normalize("PL", "0095")))
                .hasMessage("postalCode: '0095' is not a valid postal code for PL (expected 2 digits, hyphen,"
                        + " 3 digits, e.g. 00-950)");
        assertThat(catchThrowableOfType(MappingException.class, () -> PostalCodes.normalize("AD", "100")))
                .hasMessage("postalCode: '100' is not a valid postal code for AD (expected a code like AD100)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-", "n/a", "0", "00000", "xxxxx", "unknown"})
    void whenTheCodeIsMissingOrAPlaceholder_itShouldBeNull(String given) {
        assertThat(PostalCodes.normalize("DE", given)).isNull();
        assertThat(PostalCodes.normalize("HK", given)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"HK, 999077", "AE, 12345", "QA, Doha  1", "AO, 1000"})
    void whenTheCountryHasNoPostalCodeFormat_theCodeShouldBeKeptAsGiven(String country, String given) {
        assertThat(PostalCodes.normalize(country, given)).isEqualTo(given.replaceAll("\\s+", " "));
    }

    @Test
    void everyExampleInTheDataShouldFitItsPatternAndBeWrittenAsItIs() {
        assertThat(PostalCodes.formats()).hasSizeGreaterThan(150).allSatisfy(format -> {
            assertThat(format.examples()).as(format.country()).isNotEmpty();
            for (String example : format.examples()) {
                assertThat(format.pattern().matcher(example).matches()).as(format.country() + " " + example).isTrue();
                assertThat(PostalCodes.normalize(format.country(), example)).as(format.country()).isEqualTo(example);
            }
        });
    }

    @Test
    void everyCountryInTheDataShouldBeAnIsoCountryOrAKnownExtraCode() {
        Set<String> known = new HashSet<>(List.of(Locale.getISOCountries()));
        known.addAll(List.of("AC", "TA", "XK"));

        assertThat(PostalCodes.formats()).allSatisfy(format -> assertThat(known).contains(format.country()));
    }
}
