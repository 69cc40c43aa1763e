package org.smartcourt.guidance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.Courts;
import org.smartcourt.shared.CourtCode;

/** The 法院代字 of a court on the official list; blank passes (another constraint requires it). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCourt.Check.class)
@interface KnownCourt {

    String message() default "{guidance.request.court.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the court registry. */
    class Check implements ConstraintValidator<KnownCourt, String> {

        private final Courts courts;

        Check(Courts courts) {
            this.courts = courts;
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return CourtCode.isValid(value) && courts.exists(CourtCode.of(value));
        }
    }
}
