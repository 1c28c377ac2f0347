package io.lastmilehub.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.DecimalMax;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * Checks {@link FiniteNumbers}: one violation per field that holds NaN or an infinity, on that field. A field with an
 * upper bound ({@code @DecimalMax}) is left to it: it refuses both already, with the bound as its reason.
 */
public final class FiniteNumbersValidator implements ConstraintValidator<FiniteNumbers, Object> {

    /** The number fields of each class, looked up once. */
    private static final ClassValue<List<Field>> NUMBER_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .filter(field -> field.getType() == double.class || field.getType() == Double.class)
                    .filter(field -> !field.isAnnotationPresent(DecimalMax.class))
                    .map(FiniteNumbersValidator::readable)
                    .toList();
        }
    };

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (Field field : NUMBER_FIELDS.get(value.getClass())) {
            Double number = read(field, value);
            if (number != null && !Double.isFinite(number)) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(field.getName()).addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    private static Field readable(Field field) {
        field.setAccessible(true);
        return field;
    }

    private static Double read(Field field, Object value) {
        try {
            return (Double) field.get(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
