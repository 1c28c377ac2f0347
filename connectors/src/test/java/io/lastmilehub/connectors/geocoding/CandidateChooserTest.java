package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.connectors.geocoding.GeocodeResult.Outcome;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandidateChooserTest {

    private static final Address MAIN_STREET = Fixtures.SPRINGFIELD_MAIN_STREET;
    private static final GeoPoint MASSACHUSETTS = Fixtures.point(42.1014831, -72.5898110);
    private static final GeoPoint OREGON = Fixtures.point(44.0462195, -123.0220431);
    private static final GeoPoint NEAR_MASSACHUSETTS = Fixtures.point(42.1020, -72.5890); // about 90 m away

    private static Candidate street(GeoPoint point, Double importance, String name) {
        return new Candidate(point, MatchLevel.STREET, importance, null, null, "us", name);
    }

    @Test
    void whenNoCandidateIsLeft_itShouldAnswerNotFound() {
        GeocodeResult result = CandidateChooser.choose("nominatim", MAIN_STREET, List.of());

        assertThat(result).isEqualTo(GeocodeResult.notFound("nominatim"));
    }

    @Test
    void whenOneCandidate_itShouldAnswerFoundWithItsConfidence() {
        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET, List.of(street(MASSACHUSETTS, null,
                "Main Street, Springfield MA")));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.location()).isEqualTo(MASSACHUSETTS);
        assertThat(result.confidence()).isCloseTo(0.7, within(1e-9));
        assertThat(result.provider()).isEqualTo("photon");
        assertThat(result.description()).isEqualTo("Main Street, Springfield MA");
    }

    @Test
    void whenEqualCandidatesAreFarApart_itShouldAnswerAmbiguousWithTheFirst() {
        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET,
                List.of(street(MASSACHUSETTS, null, "MA"), street(OREGON, null, "OR")));

        assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(result.location()).isEqualTo(MASSACHUSETTS);
        assertThat(result.confidence()).isCloseTo(0.35, within(1e-9));
        assertThat(result.description()).isEqualTo("2 places match: MA | OR");
    }

    @Test
    void whenCandidatesAreTheSamePlace_itShouldAnswerFound() {
        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET,
                List.of(street(MASSACHUSETTS, null, "MA"), street(NEAR_MASSACHUSETTS, null, "MA, other way")));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
    }

    @Test
    void whenARivalDuplicatesAnotherRival_itShouldCountThatPlaceOnce() {
        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET, List.of(street(OREGON, null, "OR"),
                street(MASSACHUSETTS, null, "MA"), street(NEAR_MASSACHUSETTS, null, "MA, other way")));

        assertThat(result.description()).isEqualTo("2 places match: OR | MA");
    }

    @Test
    void whenOneIsMuchMoreImportant_itShouldAnswerFound() {
        GeocodeResult result = CandidateChooser.choose("nominatim", MAIN_STREET,
                List.of(street(MASSACHUSETTS, 0.45, "MA"), street(OREGON, 0.05, "OR")));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
    }

    @Test
    void whenTheLevelsDiffer_itShouldTakeTheFinerEvenIfListedLater() {
        Candidate city = new Candidate(OREGON, MatchLevel.CITY, null, null, null, "us", "Springfield OR");

        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET,
                List.of(city, street(MASSACHUSETTS, null, "MA")));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.location()).isEqualTo(MASSACHUSETTS);
    }

    @Test
    void whenCandidatesAreInAnotherCountry_itShouldDropThem() {
        Candidate canadian = new Candidate(OREGON, MatchLevel.STREET, null, null, null, "CA", "Main Street, Canada");
        Candidate unknown = new Candidate(OREGON, MatchLevel.STREET, null, null, null, null, "somewhere");

        GeocodeResult result = CandidateChooser.choose("photon", MAIN_STREET,
                List.of(canadian, unknown, street(MASSACHUSETTS, null, "MA")));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.description()).isEqualTo("MA");
    }

    @Test
    void whenThePostcodeMatchesOnlyOne_itShouldAnswerFound() {
        Address withPostcode = MAIN_STREET.toBuilder().postalCode("97477").build();
        Candidate oregon = new Candidate(OREGON, MatchLevel.STREET, null, null, "97477", "us", "OR");
        Candidate massachusetts = new Candidate(MASSACHUSETTS, MatchLevel.STREET, null, null, "01103", "us", "MA");

        GeocodeResult result = CandidateChooser.choose("photon", withPostcode, List.of(massachusetts, oregon));

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.location()).isEqualTo(OREGON);
    }
}
