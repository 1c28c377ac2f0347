package io.lastmilehub.hub.camel;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * Why a route run for a caller failed, if it did: the exception it ended with, or the one {@code hub-errors} caught
 * when it gave up and dead-lettered the message (the exchange then completes without an exception).
 */
public final class ExchangeFailures {

    private ExchangeFailures() {
    }

    /**
     * The failure, or null when the route succeeded, at the first attempt or at a redelivery. Camel keeps the
     * exception of a failed attempt ({@link ExchangePropertyKey#EXCEPTION_CAUGHT}) after a redelivery succeeded, so
     * that alone is no failure: only with the endpoint it failed at ({@link ExchangePropertyKey#FAILURE_ENDPOINT}),
     * which the error handler sets when it gives up and hands the message to the dead-letter store.
     */
    public static Throwable of(Exchange result) {
        if (result.getException() != null) {
            return result.getException();
        }
        return result.getProperty(ExchangePropertyKey.FAILURE_ENDPOINT) != null
                ? result.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class) : null;
    }
}
