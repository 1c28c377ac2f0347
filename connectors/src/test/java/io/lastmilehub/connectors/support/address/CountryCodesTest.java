package io.lastmilehub.connectors.support.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de                      | DE
            DE                      | DE
            DEU                     | DE
            deu                     | DE
            Germany                 | DE
            GERMANY                 | DE
            Deutschland             | DE
            Bundesrepublik Deutschland | DE
            Allemagne               | DE
            Alemania                | DE
            Germania                | DE
            Alemanha                | DE
            Duitsland               | DE
            Niemcy                  | DE
            Tyskland                | DE
            us                      | US
            USA                     | US
            U.S.A.                  | US
            United States           | US
            United States of America | US
            Vereinigte Staaten      | US
            États-Unis              | US
            Etats-Unis              | US
            Estados Unidos          | US
            UK                      | GB
            GBR                     | GB
            Great Britain           | GB
            United Kingdom          | GB
            the United Kingdom      | GB
            England                 | GB
            Royaume-Uni             | GB
            Vereinigtes Königreich  | GB
            Großbritannien          | GB
            Reino Unido             | GB
            Österreich              | AT
            Oesterreich             | AT
            Autriche                | AT
            Schweiz                 | CH
            Suisse                  | CH
            Svizzera                | CH
            CHE                     | CH
            Holland                 | NL
            The Netherlands         | NL
            Niederlande             | NL
            Pays-Bas                | NL
            Países Bajos            | NL
            España                  | ES
            espana                  | ES
            Espagne                 | ES
            Italien                 | IT
            Polska                  | PL
            Pologne                 | PL
            Sverige                 | SE
            Danmark                 | DK
            Norge                   | NO
            Česko                   | CZ
            Czech Republic          | CZ
            Suomi                   | FI
            Irlande                 | IE
            Côte d’Ivoire           | CI
            Cote d'Ivoire           | CI
            Ivory Coast             | CI
            Myanmar                 | MM
            Hong Kong               | HK
            Türkei                  | TR
            Türkiye                 | TR
            Russia                  | RU
            South Korea             | KR
            Brazil                  | BR
            Japon                   | JP
            Indien                  | IN
            Australie               | AU
            """)
    void whenACountryIsWrittenAsCodeOrName_itShouldBecomeItsAlpha2Code(String written, String alpha2) {
        assertThat(CountryCodes.alpha2(written)).contains(alpha2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "Atlantis", "XX", "ZZZ", "EU", "Europe", "Kongo", "n/a", "Germany!!1 Berlin"})
    void whenTheValueNamesNoSingleCountry_itShouldBeEmpty(String written) {
        assertThat(CountryCodes.alpha2(written)).isEmpty();
    }

    @Test
    void everyIsoCountryShouldBeFoundByItsCodesAndEnglishName() {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale region = new Locale.Builder().setRegion(alpha2).build();
            assertThat(CountryCodes.alpha2(alpha2.toLowerCase(Locale.ROOT))).as(alpha2).contains(alpha2);
            assertThat(CountryCodes.alpha2(region.getISO3Country())).as(alpha2).contains(alpha2);
            assertThat(CountryCodes.alpha2(region.getDisplayCountry(Locale.ENGLISH))).as(alpha2).contains(alpha2);
        }
    }

    @Test
    void everyAliasShouldNameAnIsoCountry() {
        Set<String> iso = Set.of(Locale.getISOCountries());

        assertThat(DataFile.lines("country-aliases.txt"))
                .allSatisfy(line -> assertThat(iso).contains(line.split("=", 2)[0].trim()));
    }
}
