package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.security.BasicCredentials;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request of a protocol whose messages name their device (Traccar Client, OsmAnd), split into the position message
 * and the device's credentials. A device with a secret presents it as the query parameter {@value #SECRET} (the apps take a server URL, so it goes into that URL)
 * or as HTTP Basic with its id as user; the parameter is taken off the message, so it never reaches the decoder, the
 * position's attributes or a log.
 *
 * @param message the position fields (query string or body) without the secret
 * @param user    the Basic user, if the request came with Basic credentials
 * @param secret  the presented secret, if any
 */
public record NamedDeviceRequest(String message, Optional<String> user, Optional<String> secret) {

    /** The query (or form) parameter that carries a device's secret. */
    public static final String SECRET = "secret";

    /** Splits a request: its query string, its body (form or JSON, may be empty) and its Authorization header. */
    public static NamedDeviceRequest of(String query, String body, String authorization) {
        Optional<BasicCredentials> basic = BasicCredentials.of(authorization);
        Parameters url = Parameters.split(query);
        boolean json = body != null && body.trim().startsWith("{");
        Parameters form = body == null || body.isBlank() || json ? new Parameters("", Optional.empty())
                : Parameters.split(body);
        String message = body != null && !body.isBlank() ? (json ? body : form.rest()) : url.rest();
        Optional<String> secret = basic.map(BasicCredentials::password).or(url::secret).or(form::secret);
        return new NamedDeviceRequest(message, basic.map(BasicCredentials::user), secret);
    }

    /** The fields of a query string or form body other than the secret, and the secret. */
    private record Parameters(String rest, Optional<String> secret) {

        static Parameters split(String encoded) {
            if (encoded == null) {
                return new Parameters("", Optional.empty());
            }
            String path = encoded.contains("?") ? encoded.substring(0, encoded.indexOf('?') + 1) : "";
            List<String> kept = new ArrayList<>();
            Optional<String> secret = Optional.empty();
            for (String pair : encoded.substring(path.length()).split("&")) {
                if (pair.startsWith(SECRET + "=")) {
                    secret = Optional.of(decoded(pair.substring(SECRET.length() + 1)));
                } else if (!pair.isEmpty()) {
                    kept.add(pair);
                }
            }
            return new Parameters(path + String.join("&", kept), secret);
        }

        private static String decoded(String value) {
            try {
                return URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                return value; // compared as it is: a wrong secret is refused like any other
            }
        }
    }
}
