package io.lastmilehub.connectors.carrier;

/**
 * The carrier refused a call (HTTP 4xx but 408 and 429, or an answer without what the call must return): sending the
 * same request again cannot succeed until someone fixes the order or the configuration.
 */
public class CarrierRejectedException extends RuntimeException {

    private final int status;
    private final String body;

    public CarrierRejectedException(String message, int status, String body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    /** The HTTP status the carrier answered with. */
    public int getStatus() {
        return status;
    }

    /** The carrier's error body, as it sent it (cut to a few kilobytes). */
    public String getBody() {
        return body;
    }
}
