package io.lastmilehub.connectors.carrier;

/** The carrier could not take a call now (HTTP 5xx, 408, 429, a timeout, no connection): worth trying again later. */
public class CarrierUnavailableException extends RuntimeException {

    public CarrierUnavailableException(String message) {
        super(message);
    }

    public CarrierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
