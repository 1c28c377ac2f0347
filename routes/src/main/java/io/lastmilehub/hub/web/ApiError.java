package io.lastmilehub.hub.web;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.List;
import java.util.Locale;

/**
 * The JSON body of every error answer.
 *
 * @param error      machine-readable kind: invalid_message, invalid_request, not_found, unavailable, unauthorized,
 *                   and for other statuses their name, e.g. method_not_allowed, payload_too_large
 * @param message    what a person reads
 * @param violations each field that is wrong and why (for invalid_message)
 * @param deadLetter id of the dead letter the message was kept as, if any
 */
public record ApiError(String error, String message, List<Violation> violations, String deadLetter) {

    public static ApiError invalid(InvalidMessageException e, String deadLetter) {
        return new ApiError("invalid_message", e.getMessage(), e.getViolations(), deadLetter);
    }

    /**
     * A message the hub could not take now: kept as a dead letter for replay, or, when even that failed (the database
     * or the broker unreachable), to be sent again. The failure itself is in the log, not here: its message may quote
     * the payload or name Java types.
     */
    public static ApiError unavailable(String deadLetter) {
        return deadLetter == null ? outage() : new ApiError("unavailable",
                "the message could not be processed now and was kept for replay", List.of(), deadLetter);
    }

    /** The database or the broker cannot be reached: nothing was done, send the request again later. */
    private static ApiError outage() {
        return new ApiError("unavailable", "the hub cannot reach its database or broker now; nothing was stored, "
                + "send the request again later", List.of(), null);
    }

    public static ApiError notFound(String message) {
        return new ApiError("not_found", message, List.of(), null);
    }

    public static ApiError badRequest(String field, String reason) {
        return new ApiError("invalid_request", field + ": " + reason, List.of(new Violation(field, reason)), null);
    }

    /** An error with no field to name, its kind from its status. */
    public static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(kind(status), message, List.of(), null);
    }

    /** The status's reason phrase in lower case, e.g. "method not allowed". */
    public static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP status " + status.value() : known.getReasonPhrase().toLowerCase(Locale.ROOT);
    }

    private static String kind(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid_request";
            case 413 -> "payload_too_large";
            case 500 -> "internal_error";
            case 503 -> "unavailable";
            default -> reasonPhrase(status).replace(' ', '_').replace("-", "");
        };
    }
}
