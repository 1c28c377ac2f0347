package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class PhotonQueryTest {

    @Test
    void whenAddressIsComplete_itShouldWriteItOnOneLineWithTheCountryName() {
        Address address = Fixtures.SPRINGFIELD_MAIN_STREET.toBuilder().line2("Suite 5").postalCode("01103")
                .region("MA").build();

        assertThat(PhotonQuery.text(address)).isEqualTo("100 Main Street, 01103 Springfield, MA, United States");
    }

    @Test
    void whenPostalCodeIsMissing_itShouldWriteTheCityAlone() {
        assertThat(PhotonQuery.text(Fixtures.SPRINGFIELD_MAIN_STREET))
                .isEqualTo("100 Main Street, Springfield, United States");
    }

    @Test
    void whenAskingPhoton_itShouldSendOnlyTheTextAndTheLimit() {
        URI uri = PhotonQuery.searchUri(URI.create("https://photon.komoot.io/"), Fixtures.ZURICH);

        assertThat(uri).hasToString("https://photon.komoot.io/api?q=Bahnhofstrasse%201%2C%208001%20Z%C3%BCrich"
                + "%2C%20Switzerland&limit=5");
    }
}
