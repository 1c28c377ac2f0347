package io.lastmilehub.hub.web;

import io.lastmilehub.hub.inbound.InvalidMessageException;
import io.lastmilehub.hub.inbound.Violation;

import java.util.List;

/**
 * The JSON body of every error answer.
 *
 * @param error      machine-readable kind: invalid_message, not_found, unavailable, unauthorized
 * @param message    what a person reads
 * @param violations each field that is wrong and why (for invalid_message)
 * @param deadLetter id of the dead letter the message was kept as, if any
 */
public record ApiError(String error, String message, List<Violation> violations, String deadLetter) {

    public static ApiError invalid(InvalidMessageException e, String deadLetter) {
        return new ApiError("invalid_message", e.getMessage(), e.getViolations(), deadLetter);
    }

    public static ApiError unavailable(Throwable e, String deadLetter) {
        return new ApiError("unavailable", "the message could not be processed now and was kept for replay: "
                + e.getMessage(), List.of(), deadLetter);
    }

    public static ApiError notFound(String message) {
        return new ApiError("not_found", message, List.of(), null);
    }

    public static ApiError badRequest(String field, String reason) {
        return new ApiError("invalid_request", field + ": " + reason, List.of(new Violation(field, reason)), null);
    }
}
