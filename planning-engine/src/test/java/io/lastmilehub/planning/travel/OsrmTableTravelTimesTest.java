package io.lastmilehub.planning.travel;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a WireMock server answering with hand-made tables in OSRM's documented format (see SOURCES.md). */
class OsrmTableTravelTimesTest {

    private static final GeoPoint WESTHAFEN = GeoPoint.builder().latitude(52.536).longitude(13.344).build();
    private static final GeoPoint ALEXANDERPLATZ = GeoPoint.builder().latitude(52.5219).longitude(13.4132).build();
    private static final String PATH = "/table/v1/driving/13.344000,52.536000;13.413200,52.521900";
    private static final TravelProfile VAN = TravelProfile.of(VehicleType.VAN);

    private static WireMockServer server;
    private static OsrmTableTravelTimes osrm;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        osrm = new OsrmTableTravelTimes(URI.create(server.baseUrl()), HttpClient.newHttpClient(),
                Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private static void answer(int status, String body) {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("annotations", equalTo("distance,duration"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void whenOsrmAnswersATable_itShouldReadDurationsAndDistancesRowBySource() {
        answer(200, """
                {"code":"Ok",
                 "durations":[[0,702.4],[688.9,0]],
                 "distances":[[0,6120.3],[5987.5,0]],
                 "sources":[{"hint":"","distance":3.1,"name":"Westhafenstraße","location":[13.344021,52.536012]},
                            {"hint":"","distance":1.2,"name":"Alexanderplatz","location":[13.413188,52.521911]}],
                 "destinations":[{"hint":"","distance":3.1,"name":"Westhafenstraße","location":[13.344021,52.536012]},
                            {"hint":"","distance":1.2,"name":"Alexanderplatz","location":[13.413188,52.521911]}]}
                """);

        TravelMatrix matrix = osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN);

        assertThat(matrix.leg(0, 1)).isEqualTo(new TravelLeg(6120.3, 702.4));
        assertThat(matrix.leg(1, 0)).isEqualTo(new TravelLeg(5987.5, 688.9));
        assertThat(osrm.leg(WESTHAFEN, ALEXANDERPLATZ, VAN)).isEqualTo(new TravelLeg(6120.3, 702.4));
        server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void whenOsrmCannotRouteAPair_itShouldSaySo() {
        answer(200, """
                {"code":"Ok","durations":[[0,null],[688.9,0]],"distances":[[0,null],[5987.5,0]]}
                """);
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from location 0 to 1 (no route)");
    }

    @Test
    void whenOsrmReportsAnError_itShouldPassItsCodeAndMessageOn() {
        answer(400, """
                {"code":"InvalidQuery","message":"Query string malformed close to position 28"}
                """);
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OSRM table request to " + server.baseUrl() + " failed: HTTP 400, code 'InvalidQuery': "
                        + "Query string malformed close to position 28");
    }

    @Test
    void whenOsrmIsOverloaded_itShouldFailNamingTheStatus() {
        answer(503, "<html><body>503 Service Temporarily Unavailable</body></html>");
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OSRM table request to " + server.baseUrl() + " failed: HTTP 503, code ''");
    }

    @Test
    void whenOsrmDoesNotAnswerInTime_itShouldFailNamingTheServer() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));
        OsrmTableTravelTimes impatient = new OsrmTableTravelTimes(URI.create(server.baseUrl()),
                HttpClient.newHttpClient(), Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("OSRM table request to " + server.baseUrl() + " failed: no answer within 200 ms")
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void whenOsrmResetsTheConnection_itShouldFailNamingTheServer() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("OSRM table request to " + server.baseUrl() + " failed: ");
    }

    @Test
    void whenTheVehicleIsADrone_itShouldNotAskTheRoadRouter() {
        TravelLeg leg = osrm.leg(WESTHAFEN, ALEXANDERPLATZ, TravelProfile.of(VehicleType.MULTIROTOR_DRONE));
        assertThat(leg.distanceMeters()).isEqualTo(WESTHAFEN.distanceMetersTo(ALEXANDERPLATZ));
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
