package io.lastmilehub.planning.travel;

/**
 * A road router could not give a table. Its message names the router and the reason (HTTP status and the router's
 * own error code and message, a timeout, a refused connection), never the router's whole answer. Whether asking again
 * can help is the router's to say: no answer in time, a broken connection or a 5xx may be gone a minute later; a 400
 * (OSRM's {@code InvalidQuery}, {@code NoSegment}, {@code TooBig}, ...) or an answer that is not a table comes back
 * the same until a person changes the router or its configuration.
 */
public final class RoadRouterException extends RuntimeException {

    private final boolean retryable;

    public RoadRouterException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public RoadRouterException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether the same request may succeed later without anybody changing anything. */
    public boolean retryable() {
        return retryable;
    }
}
