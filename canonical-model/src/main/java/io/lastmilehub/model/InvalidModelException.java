package io.lastmilehub.model;

import java.util.List;
import java.util.stream.Collectors;

/** A canonical document breaks one or more constraints; each violation names the field and the reason. */
public class InvalidModelException extends IllegalArgumentException {

    private final transient List<ModelViolation> violations;

    public InvalidModelException(String type, List<ModelViolation> violations) {
        super(type + " is invalid: " + violations.stream().map(ModelViolation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<ModelViolation> getViolations() {
        return violations;
    }
}
