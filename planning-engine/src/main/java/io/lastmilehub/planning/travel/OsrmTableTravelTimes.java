package io.lastmilehub.planning.travel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Road distances and driving times from an OSRM server's table service, one request per matrix:
 * {@code GET {base}/table/v1/{profile}/{lon,lat;lon,lat;...}?annotations=distance,duration}. The answer's
 * {@code durations} (seconds) and {@code distances} (metres) are row-major, sources by destinations; its
 * {@code code} is {@code Ok} on success (OSRM HTTP API v5, "Table service").
 *
 * <ul>
 *   <li>OSRM profile per mode: {@code driving} for vans, trucks and autonomous vans, {@code cycling} for bikes and
 *       e-scooters, {@code foot} for delivery robots. Drones do not use roads: they are asked of the fallback
 *       ({@link GreatCircleTravelTimes} by default).
 *   <li>A vehicle's own speed does not change OSRM's durations.
 *   <li>A pair OSRM cannot route ({@code null} in the table), an error code or an HTTP error fails the request with
 *       an {@link IllegalStateException} naming it; no answer in time or a broken connection with an
 *       {@link UncheckedIOException}. Both messages name the server. Nothing is retried here: the caller decides.
 *   <li>OSRM limits table size ({@code --max-table-size}, 100 by default); larger matrices need a server started with
 *       a larger limit. This class does not split requests.
 * </ul>
 * Thread-safe: {@link HttpClient} is.
 */
public final class OsrmTableTravelTimes implements TravelTimeProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;
    private final TravelTimeProvider fallback;

    /**
     * @param base    the server, e.g. {@code http://localhost:5000}
     * @param client  the HTTP client
     * @param timeout per request
     */
    public OsrmTableTravelTimes(URI base, HttpClient client, Duration timeout) {
        this.base = Objects.requireNonNull(base, "base must not be null");
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        this.fallback = new GreatCircleTravelTimes();
    }

    /** The OSRM profile of a mode, or null for modes that do not use roads. */
    static String osrmProfile(VehicleType type) {
        return switch (type) {
            case VAN, TRUCK, AUTONOMOUS_VAN -> "driving";
            case CARGO_BIKE, BIKE, E_BIKE, E_SCOOTER -> "cycling";
            case DELIVERY_ROBOT -> "foot";
            case MULTIROTOR_DRONE, FIXED_WING_DRONE -> null;
        };
    }

    @Override
    public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (from.equals(to)) {
            return TravelLeg.ZERO;
        }
        return matrix(List.of(from, to), profile).leg(0, 1);
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        String osrmProfile = osrmProfile(profile.type());
        if (osrmProfile == null) {
            return fallback.matrix(points, profile);
        }
        if (points.size() < 2) {
            return TravelMatrix.compute(points.size(), (from, to) -> TravelLeg.ZERO);
        }
        JsonNode table = fetch(osrmProfile, points);
        JsonNode durations = table.path("durations");
        JsonNode distances = table.path("distances");
        return TravelMatrix.compute(points.size(), (from, to) -> new TravelLeg(cell(distances, from, to, "distance"),
                cell(durations, from, to, "duration")));
    }

    private JsonNode fetch(String osrmProfile, List<GeoPoint> points) {
        String coordinates = points.stream().map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.getLongitude(),
                p.getLatitude())).collect(Collectors.joining(";"));
        URI uri = base.resolve("/table/v1/" + osrmProfile + "/" + coordinates + "?annotations=distance,duration");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new UncheckedIOException(failed() + "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new UncheckedIOException(failed() + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OSRM at " + base, e);
        }
        JsonNode body = parse(response.body());
        String code = body == null ? "" : body.path("code").asText("");
        if (response.statusCode() != 200 || !"Ok".equals(code)) {
            String message = body == null ? "" : body.path("message").asText("");
            throw new IllegalStateException(failed() + "HTTP " + response.statusCode() + ", code '"
                    + code + "'" + (message.isEmpty() ? "" : ": " + message));
        }
        return body;
    }

    /** The start of every failure's message: it names the server, so a failed plan says which router to look at. */
    private String failed() {
        return "OSRM table request to " + base + " failed: ";
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static double cell(JsonNode table, int from, int to, String what) {
        JsonNode value = table.path(from).path(to);
        if (!value.isNumber()) {
            throw new IllegalStateException("OSRM has no " + what + " from location " + from + " to " + to
                    + " (no route)");
        }
        return value.asDouble();
    }
}
