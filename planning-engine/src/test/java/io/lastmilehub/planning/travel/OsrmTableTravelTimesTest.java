package io.lastmilehub.planning.travel;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.testsupport.osrm.OsrmTableStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against a WireMock server answering with hand-made tables and errors in OSRM's documented format (see SOURCES.md),
 * or playing a whole road network with a table limit ({@link OsrmTableStub}).
 */
class OsrmTableTravelTimesTest {

    private static final GeoPoint WESTHAFEN = GeoPoint.builder().latitude(52.536).longitude(13.344).build();
    private static final GeoPoint ALEXANDERPLATZ = GeoPoint.builder().latitude(52.5219).longitude(13.4132).build();
    private static final String PATH = "/table/v1/driving/13.344000,52.536000;13.413200,52.521900";
    private static final TravelProfile VAN = TravelProfile.of(VehicleType.VAN);
    /** The stub server's --max-table-size. */
    private static final int STUB_LIMIT = 6;

    private static WireMockServer server;
    private static OsrmTableTravelTimes osrm;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .extensions(new OsrmTableStub(STUB_LIMIT)));
        server.start();
        osrm = new OsrmTableTravelTimes(URI.create(server.baseUrl()), HttpClient.newHttpClient(),
                Duration.ofSeconds(5), 100);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private static void assertFailure(boolean retryable, String reason) {
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(RoadRouterException.class)
                .hasMessage("OSRM table request to " + server.baseUrl() + " failed: " + reason)
                .matches(e -> ((RoadRouterException) e).retryable() == retryable, "retryable: " + retryable);
    }

    /** Points on a grid in Berlin, 23 of them 5 a row, about a kilometre apart. */
    private static List<GeoPoint> grid(int count) {
        return IntStream.range(0, count).mapToObj(i -> GeoPoint.builder().latitude(52.48 + 0.009 * (i / 5))
                .longitude(13.35 + 0.015 * (i % 5)).build()).toList();
    }

    /** As the request carries it: six decimals. */
    private static double[] lonLat(GeoPoint point) {
        return new double[] {Double.parseDouble(String.format(Locale.ROOT, "%.6f", point.getLongitude())),
                Double.parseDouble(String.format(Locale.ROOT, "%.6f", point.getLatitude()))};
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
    void whenOsrmFindsNoRoadForAPair_thatPairShouldNotBeRoutedAndTheOthersRead() {
        answer(200, """
                {"code":"Ok","durations":[[0,null],[688.9,0]],"distances":[[0,null],[5987.5,0]]}
                """);

        TravelMatrix matrix = osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN);

        assertThat(matrix.routed(0, 1)).isFalse();
        assertThat(matrix.routed(1, 0)).isTrue();
        assertThat(matrix.leg(1, 0)).isEqualTo(new TravelLeg(5987.5, 688.9));
        assertThat(matrix.durationSeconds(0, 1)).isEqualTo(TravelMatrix.NO_ROUTE_SECONDS);
        assertThatThrownBy(() -> osrm.leg(WESTHAFEN, ALEXANDERPLATZ, VAN)).isInstanceOf(RoadRouterException.class)
                .hasMessageContaining("failed: no road from").matches(e -> !((RoadRouterException) e).retryable());
    }

    @Test
    void whenOsrmRefusesTheQuery_itShouldNameItsCodeAndMessageAndNotBeRetryable() {
        answer(400, """
                {"code":"InvalidQuery","message":"Query string malformed close to position 28"}
                """);
        assertFailure(false, "HTTP 400 InvalidQuery: Query string malformed close to position 28");
    }

    @Test
    void whenOsrmCannotSnapACoordinateToARoad_itShouldSayWhichAndNotBeRetryable() {
        answer(400, """
                {"code":"NoSegment","message":"Could not find a matching segment for coordinate 1"}
                """);
        assertFailure(false, "HTTP 400 NoSegment: Could not find a matching segment for coordinate 1");
    }

    @Test
    void whenTheTableIsTooBigForTheServer_itShouldSayTheServersLimitIsBelowOurs() {
        answer(400, OsrmTableStub.TOO_BIG);
        assertFailure(false, "HTTP 400 TooBig: Too many table coordinates (the server's --max-table-size is below "
                + "the 100 locations per request this hub asks for)");
    }

    @Test
    void whenOsrmIsOverloaded_itShouldBeRetryableNamingTheStatusWithoutTheBody() {
        answer(503, "<html><body>503 Service Temporarily Unavailable</body></html>");
        assertFailure(true, "HTTP 503");
    }

    @Test
    void whenOsrmIsRateLimited_itShouldBeRetryableWithItsMessage() {
        answer(429, """
                {"message":"Too Many Requests"}
                """);
        assertFailure(true, "HTTP 429: Too Many Requests");
    }

    @Test
    void whenOsrmAnswersAnErrorCodeWithA200_itShouldNameItAndNotBeRetryable() {
        answer(200, """
                {"code":"NoTable","message":"No table found"}
                """);
        assertFailure(false, "HTTP 200 NoTable: No table found");
    }

    @Test
    void whenTheAnswerIsNotJson_itShouldSaySoWithoutEchoingItAndNotBeRetryable() {
        answer(200, "<html><body>Welcome to nginx!</body></html>");
        assertFailure(false, "HTTP 200 without a table (the answer is not JSON)");
    }

    @Test
    void whenTheTableIsNotSquareForTheLocations_itShouldSayWhatIsWrongAndNotBeRetryable() {
        answer(200, """
                {"code":"Ok","durations":[[0,702.4]],"distances":[[0,6120.3],[5987.5,0]]}
                """);
        assertFailure(false, "HTTP 200 without a table (durations has 1 rows for 2 locations)");
    }

    @Test
    void whenATableHasNoDistances_itShouldSaySoAndNotBeRetryable() {
        answer(200, """
                {"code":"Ok","durations":[[0,702.4],[688.9,0]]}
                """);
        assertFailure(false, "HTTP 200 without a table (distances missing)");
    }

    @Test
    void whenOsrmDoesNotAnswerInTime_itShouldSayAfterHowLongAndBeRetryable() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));
        OsrmTableTravelTimes impatient = new OsrmTableTravelTimes(URI.create(server.baseUrl()),
                HttpClient.newHttpClient(), Duration.ofMillis(200), 100);

        assertThatThrownBy(() -> impatient.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(RoadRouterException.class)
                .hasMessage("OSRM table request to " + server.baseUrl() + " failed: timed out after 200 ms")
                .hasCauseInstanceOf(HttpTimeoutException.class)
                .matches(e -> ((RoadRouterException) e).retryable());
    }

    @Test
    void whenNothingListensAtTheRoutersAddress_itShouldSayTheConnectionWasRefusedAndBeRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort);
        OsrmTableTravelTimes away = new OsrmTableTravelTimes(nobody, HttpClient.newHttpClient(),
                Duration.ofSeconds(5), 100);

        assertThatThrownBy(() -> away.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(RoadRouterException.class)
                .hasMessage("OSRM table request to " + nobody + " failed: connection refused")
                .matches(e -> ((RoadRouterException) e).retryable());
    }

    @Test
    void whenOsrmResetsTheConnection_itShouldSaySoAndBeRetryable() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> osrm.matrix(List.of(WESTHAFEN, ALEXANDERPLATZ), VAN))
                .isInstanceOf(RoadRouterException.class)
                .hasMessageStartingWith("OSRM table request to " + server.baseUrl() + " failed: connection broken (")
                .matches(e -> ((RoadRouterException) e).retryable());
    }

    @Test
    void whenTheTableIsLargerThanTheServersLimit_itShouldBeAskedInBlocksAndPutTogether() {
        server.stubFor(get(urlPathMatching("/table/v1/driving/.*")).willReturn(aResponse()
                .withTransformers(OsrmTableStub.NAME)));
        List<GeoPoint> points = grid(23);
        OsrmTableTravelTimes limited = new OsrmTableTravelTimes(URI.create(server.baseUrl()),
                HttpClient.newHttpClient(), Duration.ofSeconds(5), STUB_LIMIT);

        TravelMatrix matrix = limited.matrix(points, VAN);

        for (int from = 0; from < points.size(); from++) {
            for (int to = 0; to < points.size(); to++) {
                if (from != to) {
                    double[] a = lonLat(points.get(from));
                    double[] b = lonLat(points.get(to));
                    assertThat(matrix.leg(from, to)).as("%d -> %d", from, to)
                            .isEqualTo(new TravelLeg(OsrmTableStub.metres(a, b), OsrmTableStub.seconds(a, b)));
                }
            }
        }
        // chunks of 3: 8 of them, one request per pair of chunks, none refused
        assertThat(server.findAll(getRequestedFor(urlPathMatching("/table/v1/driving/.*")))).hasSize(28)
                .allMatch(request -> request.getUrl().split("\\?")[0].split(";").length <= STUB_LIMIT);
    }

    @Test
    void whenTheTenantsLimitIsAboveTheServers_itShouldFailWithTooBig() {
        server.stubFor(get(urlPathMatching("/table/v1/driving/.*")).willReturn(aResponse()
                .withTransformers(OsrmTableStub.NAME)));
        OsrmTableTravelTimes tooMany = new OsrmTableTravelTimes(URI.create(server.baseUrl()),
                HttpClient.newHttpClient(), Duration.ofSeconds(5), STUB_LIMIT + 1);

        assertThatThrownBy(() -> tooMany.matrix(grid(STUB_LIMIT + 1), VAN)).isInstanceOf(RoadRouterException.class)
                .hasMessageContaining("HTTP 400 TooBig: Too many table coordinates (the server's --max-table-size is "
                        + "below the 7 locations per request this hub asks for)");
    }

    @Test
    void whenTheLimitIsBelowTwo_itShouldBeRefused() {
        assertThatThrownBy(() -> new OsrmTableTravelTimes(URI.create(server.baseUrl()), HttpClient.newHttpClient(),
                Duration.ofSeconds(5), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTableSize must be at least 2, was 1");
    }

    @Test
    void whenTheVehicleIsADrone_itShouldNotAskTheRoadRouter() {
        TravelLeg leg = osrm.leg(WESTHAFEN, ALEXANDERPLATZ, TravelProfile.of(VehicleType.MULTIROTOR_DRONE));
        assertThat(leg.distanceMeters()).isEqualTo(WESTHAFEN.distanceMetersTo(ALEXANDERPLATZ));
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
