package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceRulesTest {

    private static final Address ADDRESS = Fixtures.PILKINGTON_AVENUE;

    private static Candidate candidate(MatchLevel level, String houseNumber, String postcode) {
        return new Candidate(Fixtures.point(52.5487921, -1.8164308), level, null, houseNumber, postcode, "gb",
                "135, Pilkington Avenue");
    }

    private static double confidenceOf(Candidate candidate, Address address) {
        return ConfidenceRules.confidence(ConfidenceRules.checked(candidate, address), address);
    }

    @Test
    void whenHouseNumberAndPostcodeMatch_itShouldBeHigh() {
        assertThat(confidenceOf(candidate(MatchLevel.HOUSE, "135", "B72 1LH"), ADDRESS)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void whenThePostcodeDiffers_itShouldFallBelowTheHouseLevel() {
        assertThat(confidenceOf(candidate(MatchLevel.HOUSE, "135", "B73 5AB"), ADDRESS)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void whenTheHouseNumberDiffers_itShouldCountAsTheStreetOnly() {
        Candidate checked = ConfidenceRules.checked(candidate(MatchLevel.HOUSE, "137", "B72 1LH"), ADDRESS);

        assertThat(checked.level()).isEqualTo(MatchLevel.STREET);
        assertThat(ConfidenceRules.confidence(checked, ADDRESS)).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void whenAHouseLevelPlaceHasNoHouseNumber_itShouldCountAsTheStreetOnly() {
        assertThat(ConfidenceRules.checked(candidate(MatchLevel.HOUSE, null, null), ADDRESS).level())
                .isEqualTo(MatchLevel.STREET);
    }

    @Test
    void whenTheAddressHasNoHouseNumber_itShouldTrustTheHouseLevel() {
        Address farm = ADDRESS.toBuilder().line1("Hill Farm").build();

        assertThat(ConfidenceRules.checked(candidate(MatchLevel.HOUSE, null, "B72 1LH"), farm).level())
                .isEqualTo(MatchLevel.HOUSE);
    }

    @Test
    void whenTheBuildingCarriesSeveralNumbers_itShouldAcceptAnyOfThem() {
        assertThat(ConfidenceRules.checked(candidate(MatchLevel.HOUSE, "133;135", null), ADDRESS).level())
                .isEqualTo(MatchLevel.HOUSE);
    }

    @ParameterizedTest
    @CsvSource({"STREET, 0.7", "LOCALITY, 0.5", "POSTCODE, 0.4", "CITY, 0.3", "REGION, 0.1"})
    void whenCoarserThanAHouse_itShouldBeLower(MatchLevel level, double expected) {
        assertThat(confidenceOf(candidate(level, null, null), ADDRESS)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Unter den Linden 1|1",
        "135 Pilkington Avenue|135",
        "Hauptstraße 12 a|12a",
        "Flat 3, 135 Pilkington Avenue|3,135",
        "Hill Farm|''"})
    void whenReadingAnAddressLine_itShouldFindTheNumbers(String line, String numbers) {
        assertThat(ConfidenceRules.houseNumbersIn(line))
                .containsExactlyInAnyOrder(numbers.isEmpty() ? new String[0] : numbers.split(","));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "B72 1LH, b721lh, false",
        "B72, B72 1LH, false",
        "10117, 10115, true",
        "null, 10115, false",
        "10117, null, false"})
    void whenComparingPostcodes_itShouldIgnoreSpacingCaseAndOutwardCodes(String found, String asked, boolean differs) {
        assertThat(ConfidenceRules.postcodeDiffers(found, asked)).isEqualTo(differs);
    }
}
