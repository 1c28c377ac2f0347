package io.lastmilehub.hub.errors;

/**
 * A step failed for a reason that asking again unchanged cannot remove: an outside system refused the request itself
 * (e.g. the road router's HTTP 400). Unlike a refused message the sender did nothing wrong, so nobody is answered;
 * like one it is not redelivered but dead-lettered at once, and its replay, once a person has fixed the cause (the
 * router, or the hub's configuration of it), runs the step again.
 */
public class PermanentFailureException extends RuntimeException {

    /** Carries the cause's message as its own: the reason a person reads is the outside system's. */
    public PermanentFailureException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
