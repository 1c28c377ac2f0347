package io.lastmilehub.hub.camel;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * Why a route run for a caller failed, if it did: the exception it ended with, or the one {@code hub-errors} caught
 * when it dead-lettered the message (the exchange then completes without an exception).
 */
public final class ExchangeFailures {

    private ExchangeFailures() {
    }

    /** The failure, or null when the route succeeded. */
    public static Throwable of(Exchange result) {
        return result.getException() != null ? result.getException()
                : result.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
    }
}
