package io.lastmilehub.connectors.support.geo;

import io.lastmilehub.model.Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class RegionZonesTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "US, WI,  America/Chicago",
        "us, ny,  America/New_York",
        "US, AZ,  America/Phoenix",
        "CA, ON,  America/Toronto",
        "CA, BC,  America/Vancouver",
        "AU, NSW, Australia/Sydney",
        "DE, ,    Europe/Berlin",
        "BE, VLG, Europe/Brussels"})
    void whenTheCountryOrRegionHasOneZone_itIsTheZone(String country, String region, String zone) {
        Address address = Address.builder().line1("1 Main St").city("Town").countryCode(country).region(region)
                .buildUnvalidated();

        assertThat(RegionZones.of(address)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"US, ", "US, ZZ", "RU, ", "BR, SP"})
    void whenTheCountryHasSeveralZonesAndTheRegionDoesNotTell_thereIsNone(String country, String region) {
        Address address = Address.builder().line1("1 Main St").city("Town").countryCode(country).region(region)
                .buildUnvalidated();

        assertThat(RegionZones.of(address)).isEmpty();
    }
}
