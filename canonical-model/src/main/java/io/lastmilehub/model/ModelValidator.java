package io.lastmilehub.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks canonical documents against their Jakarta Validation constraints. Needs a Jakarta Validation provider
 * (Hibernate Validator) on the class path at run time; the model itself depends only on the API.
 */
public final class ModelValidator {

    private ModelValidator() {
    }

    /** Returns the document if it satisfies every constraint, cascading into nested values. */
    public static <T> T requireValid(T document) {
        List<ModelViolation> violations = violationsOf(document);
        if (!violations.isEmpty()) {
            throw new InvalidModelException(document.getClass().getSimpleName(), violations);
        }
        return document;
    }

    /** All broken constraints, sorted by field path, empty when the document is valid. */
    public static <T> List<ModelViolation> violationsOf(T document) {
        Set<ConstraintViolation<T>> found = Holder.VALIDATOR.validate(document);
        return found.stream()
                .map(v -> new ModelViolation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ModelViolation::field))
                .toList();
    }

    /**
     * Lazily built, once: building a validator factory is expensive. Canonical documents are plain values, never JPA
     * entities, so every property is reachable: with JPA on the class path the provider's default resolver would ask
     * JPA whether each property is loaded (a third of a position's
     * validation in a profile of the device endpoint).
     */
    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .traversableResolver(new EverythingReachable()).buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object object, Path.Node property, Class<?> rootType, Path path,
                                   ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object object, Path.Node property, Class<?> rootType, Path path,
                                    ElementType type) {
            return true;
        }
    }
}
