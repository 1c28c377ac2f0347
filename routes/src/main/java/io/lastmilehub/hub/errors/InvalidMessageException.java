package io.lastmilehub.hub.errors;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.InvalidModelException;

import java.util.List;
import java.util.stream.Collectors;

/** A message was refused: retrying it unchanged can never succeed, so it is not redelivered. */
public class InvalidMessageException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidMessageException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidMessageException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public static InvalidMessageException of(MappingException e) {
        return new InvalidMessageException(e.getField(), e.getReason());
    }

    public static InvalidMessageException of(InvalidModelException e) {
        return new InvalidMessageException(e.getViolations().stream()
                .map(v -> new Violation(v.field(), v.reason())).toList());
    }

    public List<Violation> getViolations() {
        return violations;
    }
}
