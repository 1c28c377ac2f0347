package io.lastmilehub.connectors.geocoding;

/** The geocoding service could not answer now; retrying later may succeed. */
public class GeocodingException extends RuntimeException {

    public GeocodingException(String message) {
        super(message);
    }

    public GeocodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
