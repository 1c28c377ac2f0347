package io.lastmilehub.connectors.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NominatimResponseTest {

    @Test
    void whenHouseIsFound_itShouldReadPointLevelAndAddressDetails() {
        List<Candidate> candidates = NominatimResponse.parse(Fixtures.answer("nominatim/house-pilkington-avenue.json"));

        assertThat(candidates).singleElement().satisfies(house -> {
            assertThat(house.location()).isEqualTo(Fixtures.point(52.5487921, -1.8164308));
            assertThat(house.level()).isEqualTo(MatchLevel.HOUSE);
            assertThat(house.importance()).isEqualTo(9.999999994736442e-08);
            assertThat(house.houseNumber()).isEqualTo("135");
            assertThat(house.postcode()).isEqualTo("B72 1LH");
            assertThat(house.countryCode()).isEqualTo("gb");
            assertThat(house.description()).startsWith("135, Pilkington Avenue, Maney");
        });
    }

    @Test
    void whenSeveralStreetsAreFound_itShouldKeepNominatimsOrder() {
        List<Candidate> candidates = NominatimResponse.parse(
                Fixtures.answer("nominatim/ambiguous-springfield-main-street.json"));

        assertThat(candidates).extracting(Candidate::level).containsOnly(MatchLevel.STREET);
        assertThat(candidates).extracting(Candidate::postcode).containsExactly("01103", "97477", "05156");
        assertThat(candidates).allSatisfy(street -> assertThat(street.description()).isNotBlank());
    }

    @Test
    void whenNothingIsFound_itShouldAnswerNoCandidates() {
        assertThat(NominatimResponse.parse(Fixtures.answer("nominatim/not-found.json"))).isEmpty();
    }

    @Test
    void whenAnErrorObjectComes_itShouldThrowWithItsMessage() {
        assertThatThrownBy(() -> NominatimResponse.parse(Fixtures.answer("nominatim/error-bad-request.json")))
                .isInstanceOf(GeocodingException.class)
                .hasMessageContaining("cannot be used together with 'q' parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>Bandwidth limit exceeded</body></html>", "", "{\"features\":[]}"})
    void whenTheBodyIsNoPlaceList_itShouldThrow(String body) {
        assertThatThrownBy(() -> NominatimResponse.parse(body)).isInstanceOf(GeocodingException.class)
                .hasMessageStartingWith("nominatim answered with");
    }

    @Test
    void whenAPlaceHasNoUsableCoordinates_itShouldLeaveItOut() {
        String body = "[{\"lat\":\"91.5\",\"lon\":\"13.4\",\"place_rank\":30},{\"lon\":\"13.4\",\"place_rank\":30},"
                + "{\"lat\":\"52.5\",\"lon\":\"13.4\",\"place_rank\":\"16\",\"display_name\":\"Berlin\"}]";

        assertThat(NominatimResponse.parse(body)).singleElement()
                .satisfies(city -> assertThat(city.level()).isEqualTo(MatchLevel.CITY));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "30, building, residential, building, HOUSE",
        "30, place, house, place, HOUSE",
        "28, place, house, place, HOUSE",
        "26, highway, residential, road, STREET",
        "27, highway, service, road, STREET",
        "25, place, square, square, LOCALITY",
        "22, place, neighbourhood, neighbourhood, LOCALITY",
        "21, place, postcode, postcode, POSTCODE",
        "11, place, postcode, null, POSTCODE",
        "19, place, village, village, CITY",
        "16, boundary, administrative, city, CITY",
        "12, boundary, administrative, county, REGION",
        "8, boundary, administrative, state, REGION",
        "0, null, null, null, REGION"})
    void whenRankAndTagsAreGiven_itShouldDeriveTheLevel(int rank, String category, String type, String addressType,
                                                         MatchLevel level) {
        assertThat(NominatimResponse.level(rank, category, type, addressType)).isEqualTo(level);
    }
}
