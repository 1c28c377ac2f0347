package io.lastmilehub.testsupport.osrm;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.Locale;

/**
 * WireMock playing an OSRM server's table service (HTTP API v5) over a known road network: each request's table is
 * computed from its own coordinates by {@link #metres} and {@link #seconds}, so a test can check a table put
 * together from several requests against the road it was asked of. Like {@code osrm-routed --max-table-size}, it
 * refuses a request of more than {@code maxLocations} coordinates with OSRM's 400 {@code TooBig}. Register it on the
 * server ({@code options().extensions(new OsrmTableStub(n))}) and name it on a stub with
 * {@code .withTransformers(OsrmTableStub.NAME)}.
 */
public final class OsrmTableStub implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "osrm-table";
    /** OSRM's answer to a table over its limit (table plugin: "TooBig", "Too many table coordinates"). */
    public static final String TOO_BIG = "{\"code\":\"TooBig\",\"message\":\"Too many table coordinates\"}";

    private final int maxLocations;

    public OsrmTableStub(int maxLocations) {
        this.maxLocations = maxLocations;
    }

    /**
     * The road's distance in metres between two points (longitude, latitude): 1.3 times the Manhattan distance, plus
     * 150 m going north (a one-way detour), so that no two directions agree; rounded to decimetres as OSRM does.
     */
    public static double metres(double[] from, double[] to) {
        if (from[0] == to[0] && from[1] == to[1]) {
            return 0;
        }
        double east = Math.abs(to[0] - from[0]) * 71_500;
        double north = Math.abs(to[1] - from[1]) * 111_200;
        return Math.round(10 * (1.3 * (east + north) + (to[1] > from[1] ? 150 : 0))) / 10.0;
    }

    /** The road's free-flow driving time in seconds between two points: 30 km/h, plus 20 s to get going. */
    public static double seconds(double[] from, double[] to) {
        double metres = metres(from, to);
        return metres == 0 ? 0 : Math.round(10 * (metres / (30 / 3.6) + 20)) / 10.0;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().split("\\?")[0];
        String[] pairs = path.substring(path.indexOf('/', "/table/v1/".length()) + 1).split(";");
        if (pairs.length > maxLocations) {
            return json(400, TOO_BIG);
        }
        double[][] points = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] lonLat = pairs[i].split(",");
            points[i] = new double[] {Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])};
        }
        return json(200, "{\"code\":\"Ok\",\"durations\":" + table(points, true) + ",\"distances\":"
                + table(points, false) + "}");
    }

    private static String table(double[][] points, boolean durations) {
        StringBuilder rows = new StringBuilder("[");
        for (int from = 0; from < points.length; from++) {
            rows.append(from == 0 ? "[" : ",[");
            for (int to = 0; to < points.length; to++) {
                double value = durations ? seconds(points[from], points[to]) : metres(points[from], points[to]);
                rows.append(to == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", value));
            }
            rows.append(']');
        }
        return rows.append(']').toString();
    }

    private static ResponseDefinition json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }
}
