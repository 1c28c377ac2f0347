package io.lastmilehub.connectors.carrier;

/** A webhook request that is not from the carrier, or too old to trust: nothing of it is used or kept. */
public class WebhookRejectedException extends RuntimeException {

    public WebhookRejectedException(String message) {
        super(message);
    }
}
