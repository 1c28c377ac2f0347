package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class NominatimQueryTest {

    private static final URI BASE = URI.create("https://nominatim.openstreetmap.org");

    @Test
    void whenAddressIsComplete_itShouldAskTheStructuredSearch() {
        Address address = Fixtures.PILKINGTON_AVENUE.toBuilder().line2("Flat 2").region("England").build();

        URI uri = NominatimQuery.searchUri(BASE, address, "ops@example.com");

        assertThat(uri).hasToString("https://nominatim.openstreetmap.org/search?street=135%20Pilkington%20Avenue"
                + "&city=Birmingham&postalcode=B72%201LH&state=England&countrycodes=gb&format=jsonv2"
                + "&addressdetails=1&limit=5&email=ops%40example.com");
    }

    @Test
    void whenOptionalPartsAreMissing_itShouldLeaveTheirParametersOut() {
        URI uri = NominatimQuery.searchUri(BASE, Fixtures.SPRINGFIELD_MAIN_STREET, null);

        assertThat(uri.getQuery()).isEqualTo("street=100 Main Street&city=Springfield&countrycodes=us"
                + "&format=jsonv2&addressdetails=1&limit=5");
    }
}
