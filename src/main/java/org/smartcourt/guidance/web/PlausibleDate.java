package org.smartcourt.guidance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date between 1900 and 2199: ISO dates may carry years such as +999999999, on which period arithmetic overflows;
 * no limitation period of a living claim starts outside this range. Null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Check.class)
@interface PlausibleDate {

    String message() default "{guidance.request.limitationStart.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Compares the year. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= 1900 && value.getYear() <= 2199);
        }
    }
}
