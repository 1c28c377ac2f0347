package io.lastmilehub.connectors.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestUrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://geo.example.com/nominatim", "https://geo.example.com/nominatim/",
        "https://geo.example.com/nominatim//"})
    void whenBaseHasAPath_itShouldPutTheEndpointBelowIt(String base) {
        URI uri = RequestUris.of(URI.create(base), "search", Map.of("limit", "5"));

        assertThat(uri).hasToString("https://geo.example.com/nominatim/search?limit=5");
    }

    @Test
    void whenValuesAreNonAscii_itShouldPercentEncodeThemAsUtf8() {
        URI uri = RequestUris.of(URI.create("http://localhost:8080"), "search",
                Map.of("street", "Friedrichstraße 43"));

        assertThat(uri.getRawQuery()).isEqualTo("street=Friedrichstra%C3%9Fe%2043");
        assertThat(uri.getQuery()).isEqualTo("street=Friedrichstraße 43");
    }

    @Test
    void whenValuesHoldQuerySyntax_itShouldEncodeIt() {
        URI uri = RequestUris.of(URI.create("http://localhost"), "api", Map.of("q", "A&B=C+D #5/6?"));

        assertThat(uri.getRawQuery()).isEqualTo("q=A%26B%3DC%2BD%20%235%2F6%3F");
    }

    @Test
    void whenValuesAreBlankOrNull_itShouldLeaveThemOut() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("street", "  Main Street 1 ");
        params.put("postalcode", null);
        params.put("state", "  ");
        params.put("limit", "5");

        URI uri = RequestUris.of(URI.create("http://localhost"), "search", params);

        assertThat(uri).hasToString("http://localhost/search?street=Main%20Street%201&limit=5");
    }

    @Test
    void whenNoValueIsLeft_itShouldSendNoQuery() {
        assertThat(RequestUris.of(URI.create("http://localhost/"), "status", Map.of()))
                .hasToString("http://localhost/status");
    }
}
