package io.lastmilehub.connectors.support.address;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.ModelValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AddressNormalizerTest {

    private final AddressNormalizer normalizer = new AddressNormalizer();

    /** As a mapper has it: anything the sender wrote, not yet valid. */
    private static Address.AddressBuilder berlin() {
        return Address.builder().line1("Invalidenstraße 116").postalCode("10115").city("Berlin").countryCode("DE");
    }

    private MappingException refused(Address.AddressBuilder address) {
        return catchThrowableOfType(MappingException.class, () -> normalizer.normalize(address.buildUnvalidated()));
    }

    @Test
    void whenTheAddressIsClean_itShouldComeBackEqualAndValid() {
        Address clean = berlin().line2("3. OG").region("Berlin").build();

        Address normalized = normalizer.normalize(clean);

        assertThat(normalized).isEqualTo(clean);
        assertThat(ModelValidator.violationsOf(normalized)).isEmpty();
    }

    @Test
    void whenFieldsCarryStrayWhitespace_itShouldBeFoldedAndTrimmed() {
        Address messy = berlin().line1("  Invalidenstraße\u00A0\u00A0116 ").line2(" Hinterhaus \t 2. OG ")
                .postalCode(" 10115\n").city("\tBerlin  Mitte ").region("  Berlin ").countryCode(" de ")
                .buildUnvalidated();

        Address normalized = normalizer.normalize(messy);

        assertThat(normalized.getLine1()).isEqualTo("Invalidenstraße 116");
        assertThat(normalized.getLine2()).isEqualTo("Hinterhaus 2. OG");
        assertThat(normalized.getPostalCode()).isEqualTo("10115");
        assertThat(normalized.getCity()).isEqualTo("Berlin Mitte");
        assertThat(normalized.getRegion()).isEqualTo("Berlin");
        assertThat(normalized.getCountryCode()).isEqualTo("DE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "N/A", "na", "n.a.", "-", "--", ".", "...", "?", "xxx", "XXXX", "x", "0",
            "unknown", "Unknown", "unbekannt", "none", "null", "test", "TBD", "tba", "k.A.", " n / a "})
    void whenLine1IsAPlaceholder_itShouldBeRefusedNamingIt(String placeholder) {
        MappingException e = refused(berlin().line1(placeholder));

        assertThat(e.getField()).isEqualTo("line1");
        assertThat(e.getReason()).startsWith("placeholder '").endsWith("' is not an address");
    }

    @Test
    void whenLine1IsNA_theMessageShouldQuoteIt() {
        assertThat(refused(berlin().line1(" n/a "))).hasMessage("line1: placeholder 'n/a' is not an address");
        assertThat(refused(berlin().city("xxx"))).hasMessage("city: placeholder 'xxx' is not a city");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00A0"})
    void whenLine1OrCityIsEmpty_itShouldBeRefused(String empty) {
        assertThat(refused(berlin().line1(empty))).hasMessage("line1: must not be empty");
        assertThat(refused(berlin().city(empty))).hasMessage("city: must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Test Street 1", "Nantes", "Unknown Road 5", "NA 12", "0 Main St"})
    void whenAValueOnlyContainsAPlaceholderWord_itShouldBeKept(String real) {
        assertThat(normalizer.normalize(berlin().line1(real).buildUnvalidated()).getLine1()).isEqualTo(real);
    }

    @Test
    void whenOptionalFieldsArePlaceholders_theyShouldBecomeNull() {
        Address normalized = normalizer.normalize(berlin().line2("-").region("unknown").postalCode("n/a")
                .buildUnvalidated());

        assertThat(normalized.getLine2()).isNull();
        assertThat(normalized.getRegion()).isNull();
        assertThat(normalized.getPostalCode()).isNull();
    }

    @Test
    void whenTheCountryIsAName_itShouldBecomeTheCodeAndThePostalCodeBeCheckedForIt() {
        Address normalized = normalizer.normalize(Address.builder().line1("10 Downing Street").postalCode("sw1a2aa")
                .city("London").countryCode("Great Britain").buildUnvalidated());

        assertThat(normalized.getCountryCode()).isEqualTo("GB");
        assertThat(normalized.getPostalCode()).isEqualTo("SW1A 2AA");
    }

    @Test
    void whenTheCountryIsUnknown_itShouldBeRefusedQuotingIt() {
        assertThat(refused(berlin().countryCode(" Atlantis ")))
                .hasMessage("countryCode: 'Atlantis' is not an ISO 3166-1 country code or name");
        assertThat(refused(berlin().countryCode(" "))).hasMessage("countryCode: must not be empty");
        assertThat(refused(berlin().countryCode("n/a")).getField()).isEqualTo("countryCode");
    }

    @Test
    void whenThePostalCodeDoesNotFitTheCountry_itShouldBeRefusedSayingWhatFits() {
        assertThat(refused(berlin().postalCode("1234")))
                .hasMessage("postalCode: '1234' is not a valid postal code for DE (expected 5 digits, e.g. 26133)");
        assertThat(refused(berlin().postalCode("10115").countryCode("Österreich")))
                .hasMessage("postalCode: '10115' is not a valid postal code for AT (expected 4 digits, e.g. 1010)");
    }

    @Test
    void whenACountryHasNoPostalCodes_noneShouldBeAccepted() {
        Address hongKong = Address.builder().line1("1 Queen's Road Central").city("Central").countryCode("Hong Kong")
                .buildUnvalidated();

        assertThat(normalizer.normalize(hongKong).getPostalCode()).isNull();
        assertThat(normalizer.normalize(hongKong.toBuilder().postalCode("00000").buildUnvalidated()).getPostalCode())
                .isNull();
        assertThat(normalizer.normalize(hongKong.toBuilder().postalCode("999077").buildUnvalidated())
                .getPostalCode()).isEqualTo("999077");
    }

    @Test
    void whenAFieldBreaksAModelConstraint_itShouldBeRefusedNamingIt() {
        MappingException e = refused(berlin().line1("Invalidenstraße 116 " + "x".repeat(200)));

        assertThat(e.getField()).isEqualTo("line1");
        assertThat(e.getReason()).contains("size");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # country      | line1                  | postal code | city      | code | written
            USA            | 1600 Amphitheatre Pkwy | 940431351   | Mountain View | US | 94043-1351
            Canada         | 24 Sussex Drive        | k1m1m4      | Ottawa    | CA   | K1M 1M4
            Pays-Bas       | Damrak 1               | 1012lg      | Amsterdam | NL   | 1012 LG
            Polska         | ul. Marszałkowska 1    | 00624       | Warszawa  | PL   | 00-624
            Sverige        | Drottninggatan 1       | 11151       | Stockholm | SE   | 111 51
            Japan          | 1-1 Marunouchi         | 1000005     | Tokyo     | JP   | 100-0005
            Brasil         | Av. Paulista 1000      | 01310100    | São Paulo | BR   | 01310-100
            """)
    void whenAWholeAddressComesFromAbroad_itShouldBeWrittenTheCountrysWay(String country, String line1,
                                                                          String postalCode, String city,
                                                                          String code, String written) {
        Address normalized = normalizer.normalize(Address.builder().line1(line1).postalCode(postalCode).city(city)
                .countryCode(country).buildUnvalidated());

        assertThat(normalized.getCountryCode()).isEqualTo(code);
        assertThat(normalized.getPostalCode()).isEqualTo(written);
    }
}
