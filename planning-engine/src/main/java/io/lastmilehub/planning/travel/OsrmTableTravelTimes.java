package io.lastmilehub.planning.travel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Road distances and driving times from an OSRM server's table service:
 * {@code GET {base}/table/v1/{profile}/{lon,lat;lon,lat;...}?annotations=distance,duration}. The answer's
 * {@code durations} (seconds) and {@code distances} (metres) are row-major, sources by destinations; its
 * {@code code} is {@code Ok} on success; an error is an HTTP 400 with {@code {"code":..,"message":..}} (OSRM HTTP API
 * v5, "Table service", "Responses").
 *
 * <ul>
 *   <li>OSRM profile per mode: {@code driving} for vans, trucks and autonomous vans, {@code cycling} for bikes and
 *       e-scooters, {@code foot} for delivery robots. Drones do not use roads: they are asked of the fallback
 *       ({@link GreatCircleTravelTimes} by default).
 *   <li>A vehicle's own speed does not change OSRM's durations.
 *   <li>A table of more locations than {@code maxTableSize} (the server's {@code --max-table-size}) is asked in
 *       several requests ({@link TableBlocks}) and put together.
 *   <li>A pair OSRM finds no road for ({@code null} in its table) is not {@linkplain TravelMatrix#routed routed}.
 *   <li>Anything else fails with a {@link RoadRouterException} naming the server and the reason, never echoing the
 *       answer: no answer within the timeout, a refused or broken connection and a 5xx or 429 are retryable; a 4xx
 *       (OSRM's own code and message), a code other than {@code Ok} or an answer that is not a table are not.
 *       Nothing is retried here: the caller decides.
 * </ul>
 * Thread-safe: {@link HttpClient} is.
 */
public final class OsrmTableTravelTimes implements TravelTimeProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** OSRM's messages are one short sentence; anything longer is cut, so a failure reason stays readable. */
    private static final int MAX_MESSAGE = 200;

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;
    private final int maxTableSize;
    private final TravelTimeProvider fallback;

    /**
     * @param base         the server, e.g. {@code http://localhost:5000}
     * @param client       the HTTP client
     * @param timeout      per request
     * @param maxTableSize locations per request at most: the server's {@code --max-table-size}, at least 2
     */
    public OsrmTableTravelTimes(URI base, HttpClient client, Duration timeout, int maxTableSize) {
        this.base = Objects.requireNonNull(base, "base must not be null");
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        if (maxTableSize < 2) {
            throw new IllegalArgumentException("maxTableSize must be at least 2, was " + maxTableSize);
        }
        this.maxTableSize = maxTableSize;
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

    /** @throws RoadRouterException also when OSRM finds no road between the two points */
    @Override
    public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (from.equals(to)) {
            return TravelLeg.ZERO;
        }
        TravelMatrix matrix = matrix(List.of(from, to), profile);
        if (!matrix.routed(0, 1)) {
            throw new RoadRouterException(failed() + "no road from " + from + " to " + to, false);
        }
        return matrix.leg(0, 1);
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        String osrmProfile = osrmProfile(profile.type());
        if (osrmProfile == null) {
            return fallback.matrix(points, profile);
        }
        int size = points.size();
        if (size < 2) {
            return TravelMatrix.compute(size, (from, to) -> TravelLeg.ZERO);
        }
        TravelLeg[][] legs = new TravelLeg[size][size];
        for (int[] block : TableBlocks.of(size, maxTableSize)) {
            JsonNode table = fetch(osrmProfile, Arrays.stream(block).mapToObj(points::get).toList());
            for (int row = 0; row < block.length; row++) {
                for (int column = 0; column < block.length; column++) {
                    legs[block[row]][block[column]] = legOf(table, row, column);
                }
            }
        }
        return TravelMatrix.compute(size, (from, to) -> legs[from][to]);
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
            throw new RoadRouterException(failed() + "timed out after " + timeout.toMillis() + " ms", true, e);
        } catch (ConnectException e) {
            throw new RoadRouterException(failed() + "connection refused", true, e);
        } catch (IOException e) {
            throw new RoadRouterException(failed() + "connection broken (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoadRouterException(failed() + "interrupted while waiting for the answer", true, e);
        }
        return tableOf(response, points.size());
    }

    /** The table of an answer, checked to hold size rows of size numbers or nulls for both annotations. */
    private JsonNode tableOf(HttpResponse<String> response, int size) {
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status != 200) {
            boolean retryable = status >= 500 || status == 429;
            throw new RoadRouterException(failed() + "HTTP " + status + osrmError(body), retryable);
        }
        if (body == null || !body.isObject()) {
            throw new RoadRouterException(failed() + "HTTP 200 without a table (the answer is not JSON)", false);
        }
        if (!"Ok".equals(body.path("code").asText())) {
            throw new RoadRouterException(failed() + "HTTP 200" + osrmError(body), false);
        }
        for (String annotation : List.of("durations", "distances")) {
            String problem = shapeProblem(body.path(annotation), size);
            if (problem != null) {
                throw new RoadRouterException(failed() + "HTTP 200 without a table (" + annotation + " " + problem
                        + ")", false);
            }
        }
        return body;
    }

    /** What is wrong with an annotation that should be size rows of size numbers (not negative) or nulls. */
    private static String shapeProblem(JsonNode rows, int size) {
        if (!rows.isArray()) {
            return "missing";
        }
        if (rows.size() != size) {
            return "has " + rows.size() + " rows for " + size + " locations";
        }
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() != size) {
                return "has a row that is not " + size + " values";
            }
            for (JsonNode value : row) {
                if (!value.isNull() && !(value.isNumber() && value.asDouble() >= 0)) {
                    return "has a value that is neither a number nor null";
                }
            }
        }
        return null;
    }

    /** {@code " TooBig: Too many table coordinates"}: OSRM's code and message, shortened; empty when there is none. */
    private String osrmError(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "";
        }
        String code = brief(body.path("code").asText(""));
        String message = brief(body.path("message").asText(""));
        String hint = "TooBig".equals(code) ? " (the server's --max-table-size is below the " + maxTableSize
                + " locations per request this hub asks for)" : "";
        return (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message) + hint;
    }

    private static String brief(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
    }

    /** The start of every failure's message: it names the server, so a failed plan says which router to look at. */
    private String failed() {
        return "OSRM table request to " + base + " failed: ";
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The leg of one cell, null when OSRM found no road (null in either annotation). */
    private static TravelLeg legOf(JsonNode table, int row, int column) {
        JsonNode distance = table.path("distances").path(row).path(column);
        JsonNode duration = table.path("durations").path(row).path(column);
        return distance.isNull() || duration.isNull() ? null : new TravelLeg(distance.asDouble(),
                duration.asDouble());
    }
}
