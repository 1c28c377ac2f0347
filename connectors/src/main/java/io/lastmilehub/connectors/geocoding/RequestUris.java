package io.lastmilehub.connectors.geocoding;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Builds request URIs below a provider's base URL, with every parameter value percent-encoded as UTF-8. */
final class RequestUris {

    private RequestUris() {
    }

    /**
     * @param base   the provider's base URL, with or without a path ({@code https://host/nominatim/}) or final slash
     * @param path   the endpoint below it, e.g. {@code search}
     * @param params parameters in the order to send them; null or blank values are left out
     */
    static URI of(URI base, String path, Map<String, String> params) {
        String root = base.toString();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(encode(name) + "=" + encode(value.strip()));
            }
        });
        return URI.create(root + "/" + path + (query.length() == 0 ? "" : "?" + query));
    }

    /** Percent-encodes for a query string; a space becomes {@code %20}, not {@code +}, which every server reads. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
