package io.lastmilehub.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every {@code double} and {@code Double} field of the annotated class holds a finite number (or nothing). A JSON or
 * YAML number no double holds ({@code 1e999}) is read as infinity, which passes a lower bound such as
 * {@code @PositiveOrZero}; this refuses it, and NaN, naming the field. On the class rather than
 * on each field, so that a field added later is covered too.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FiniteNumbersValidator.class)
public @interface FiniteNumbers {

    String message() default "must be a finite number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
