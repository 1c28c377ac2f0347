package io.lastmilehub.hub.web;

import io.lastmilehub.hub.errors.InvalidMessageException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Turns the API's exceptions, and those Spring MVC raises before a controller runs (404, 405, 406, 413, 415, an
 * unreadable or missing body, malformed multipart), into the hub's JSON error body with the right status. Always
 * JSON, whatever the Accept header asked for, and never the payload or a Java type name.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, ApiError.notFound(e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, new ApiError("conflict", e.getMessage(), List.of(), null));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> changedMeanwhile(OptimisticLockingFailureException e) {
        return answer(HttpStatus.CONFLICT, new ApiError("conflict",
                "the order was changed by another request at the same time; send it again", List.of(), null));
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<Object> invalid(InvalidMessageException e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.invalid(e, null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.badRequest(e.getName(), "cannot be '" + e.getValue() + "'"));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /**
     * The database or the broker cannot be reached: 503 with a Retry-After, the failure logged in one line. Any other
     * failure goes on to the error page (500), logged with its stack trace; neither shows the exception to the client.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> outage(RuntimeException e, HttpServletRequest request) {
        if (!Outages.isOutage(e)) {
            throw e;
        }
        LOG.warn("{} {} answered 503, the database or the broker is unreachable: {}", request.getMethod(),
                request.getRequestURI(), e.toString());
        return Outages.answer(null);
    }

    /** A multipart body that cannot be parsed (its size over the limit is a 413, handled by the base class). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.badRequest("body", "not a well-formed multipart request"));
    }

    /** Every exception the base class knows (Spring MVC's own) ends here with its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpHeaders kept = new HttpHeaders();
        kept.addAll(headers);
        kept.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(SpringErrors.describe(e, status, request), kept, status);
    }

    /** The Content-Type set here, so that a client whose Accept excludes JSON still gets the error, not a 406. */
    private static ResponseEntity<Object> answer(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
