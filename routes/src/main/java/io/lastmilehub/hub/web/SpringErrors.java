package io.lastmilehub.hub.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lastmilehub.connectors.support.json.JsonErrorPaths;
import io.lastmilehub.hub.errors.Violation;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What to tell a client about an exception Spring MVC raised. Written here from the exception's facts (method, type,
 * field, position), never from its message: those quote the payload and name Java types.
 */
final class SpringErrors {

    private static final String MISSING_BODY = "Required request body is missing";

    private SpringErrors() {
    }

    static ApiError describe(Exception e, HttpStatusCode status, WebRequest request) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return ApiError.of(status, "method " + m.getMethod() + " is not supported here; supported: "
                    + join(m.getSupportedHttpMethods()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return ApiError.of(status, "Content-Type " + m.getContentType() + " is not accepted here; accepted: "
                    + join(m.getSupportedMediaTypes()));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException m) {
            return ApiError.of(status, "no type the Accept header allows can be answered; available: "
                    + join(m.getSupportedMediaTypes()));
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return ApiError.of(status, "no such endpoint: " + endpoint(request));
        }
        if (e instanceof MaxUploadSizeExceededException m) {
            return ApiError.of(status, "the upload exceeds the limit of " + m.getMaxUploadSize() + " bytes");
        }
        if (e instanceof MissingServletRequestPartException m) {
            return ApiError.badRequest(m.getRequestPartName(), "missing");
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return ApiError.badRequest(m.getParameterName(), "missing");
        }
        if (e instanceof HttpMessageNotReadableException m) {
            return unreadable(m);
        }
        if (e instanceof MethodArgumentNotValidException m) {
            List<Violation> violations = m.getBindingResult().getFieldErrors().stream()
                    .map(f -> new Violation(f.getField(), String.valueOf(f.getDefaultMessage()))).toList();
            return new ApiError("invalid_request", violations.stream().map(v -> v.field() + ": " + v.reason())
                    .collect(Collectors.joining("; ")), violations, null);
        }
        return ApiError.of(status, ApiError.reasonPhrase(status));
    }

    /** An empty body, malformed JSON or a value of the wrong type, located but not quoted. */
    private static ApiError unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null && String.valueOf(e.getMessage()).startsWith(MISSING_BODY)) {
            return ApiError.badRequest("body", "missing");
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return ApiError.badRequest(JsonErrorPaths.of(u, "body"), "unknown field");
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return ApiError.badRequest(JsonErrorPaths.of(m, "body"), "cannot be read as the value this field takes");
        }
        if (cause instanceof JsonProcessingException p && p.getLocation() != null) {
            JsonLocation at = p.getLocation();
            return ApiError.badRequest("body", "malformed JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr());
        }
        return ApiError.badRequest("body", "cannot be read");
    }

    private static String endpoint(WebRequest request) {
        HttpServletRequest http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return http == null ? "" : http.getMethod() + " " + http.getRequestURI();
    }

    private static String join(Collection<?> values) {
        return values == null || values.isEmpty() ? "none" : values.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
