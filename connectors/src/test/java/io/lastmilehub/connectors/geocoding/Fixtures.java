package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.GeoPoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded provider answers under {@code src/test/resources/geocoding/} and the addresses they answer. */
final class Fixtures {

    static final Address PILKINGTON_AVENUE = Address.builder()
            .line1("135 Pilkington Avenue").postalCode("B72 1LH").city("Birmingham").countryCode("GB").build();
    static final Address SPRINGFIELD_MAIN_STREET = Address.builder()
            .line1("100 Main Street").city("Springfield").countryCode("US").build();
    static final Address OLYMPISCHER_PLATZ = Address.builder()
            .line1("Olympischer Platz 3").postalCode("14053").city("Berlin").countryCode("DE").build();
    static final Address FRIEDRICHSTRASSE = Address.builder()
            .line1("Friedrichstraße 43").postalCode("10117").city("Berlin").countryCode("DE").build();
    static final Address ZURICH = Address.builder()
            .line1("Bahnhofstrasse 1").postalCode("8001").city("Zürich").countryCode("CH").build();

    private Fixtures() {
    }

    /** A recorded answer, e.g. {@code nominatim/not-found.json}. */
    static String answer(String name) {
        String path = "/geocoding/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }
}
