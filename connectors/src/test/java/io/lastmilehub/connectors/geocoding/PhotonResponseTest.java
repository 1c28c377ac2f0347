package io.lastmilehub.connectors.geocoding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotonResponseTest {

    private static JsonNode json(String text) throws Exception {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void whenHouseIsFound_itShouldReadPointLongitudeSecondAndAddressProperties() {
        List<Candidate> candidates = PhotonResponse.parse(Fixtures.answer("photon/house-olympischer-platz.json"));

        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0)).satisfies(house -> {
            assertThat(house.location()).isEqualTo(Fixtures.point(52.51467945, 13.239514674078611));
            assertThat(house.level()).isEqualTo(MatchLevel.HOUSE);
            assertThat(house.importance()).isNull();
            assertThat(house.houseNumber()).isEqualTo("3");
            assertThat(house.postcode()).isEqualTo("14053");
            assertThat(house.countryCode()).isEqualTo("DE");
            assertThat(house.description())
                    .isEqualTo("Olympiastadion Berlin, Olympischer Platz 3, 14053 Berlin, Germany");
        });
        assertThat(candidates.get(1).level()).isEqualTo(MatchLevel.STREET);
        assertThat(candidates.get(1).description()).isEqualTo("Olympischer Platz, 14053 Berlin, Germany");
    }

    @Test
    void whenStreetsAndACityAreFound_itShouldKeepPhotonsOrder() {
        List<Candidate> candidates = PhotonResponse.parse(
                Fixtures.answer("photon/ambiguous-springfield-main-street.json"));

        assertThat(candidates).extracting(Candidate::level)
                .containsExactly(MatchLevel.STREET, MatchLevel.STREET, MatchLevel.CITY);
        assertThat(candidates.get(2).description()).isEqualTo("Springfield, Illinois, United States");
    }

    @Test
    void whenNothingIsFound_itShouldAnswerNoCandidates() {
        assertThat(PhotonResponse.parse(Fixtures.answer("photon/not-found.json"))).isEmpty();
    }

    @Test
    void whenTheBodyIsAnErrorMessage_itShouldThrowWithIt() {
        assertThatThrownBy(() -> PhotonResponse.parse(Fixtures.answer("photon/error-unknown-parameter.json")))
                .isInstanceOf(GeocodingException.class)
                .hasMessageContaining("Unknown query parameter 'email'");
    }

    @Test
    void whenAFeatureHasNoPoint_itShouldLeaveItOut() {
        String body = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"type\":\"city\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[]}}]}";

        assertThat(PhotonResponse.parse(body)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "house, place, house, HOUSE",
        "street, highway, residential, STREET",
        "locality, place, locality, LOCALITY",
        "district, place, suburb, LOCALITY",
        "city, place, city, CITY",
        "county, boundary, administrative, REGION",
        "state, boundary, administrative, REGION",
        "country, place, country, REGION",
        "other, natural, peak, REGION",
        "other, place, postcode, POSTCODE"})
    void whenTypeIsGiven_itShouldDeriveTheLevel(String type, String osmKey, String osmValue, MatchLevel level)
            throws Exception {
        JsonNode properties = json("{\"type\":\"" + type + "\",\"osm_key\":\"" + osmKey + "\",\"osm_value\":\""
                + osmValue + "\"}");

        assertThat(PhotonResponse.level(properties)).isEqualTo(level);
    }
}
