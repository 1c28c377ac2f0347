package io.lastmilehub.hub.web;

import io.lastmilehub.hub.inbound.InvalidMessageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/** Turns the API's exceptions into JSON error bodies with the right status. */
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(NotFoundException e) {
        return ApiError.notFound(e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError conflict(ConflictException e) {
        return new ApiError("conflict", e.getMessage(), List.of(), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError changedMeanwhile(OptimisticLockingFailureException e) {
        return new ApiError("conflict", "the order was changed by another request at the same time; send it again",
                List.of(), null);
    }

    @ExceptionHandler(InvalidMessageException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError invalid(InvalidMessageException e) {
        return ApiError.invalid(e, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badParameter(MethodArgumentTypeMismatchException e) {
        return ApiError.badRequest(e.getName(), "cannot be '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError missingParameter(MissingServletRequestParameterException e) {
        return ApiError.badRequest(e.getParameterName(), "missing");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError unreadable(HttpMessageNotReadableException e) {
        return ApiError.badRequest("body", e.getMostSpecificCause().getMessage());
    }
}
