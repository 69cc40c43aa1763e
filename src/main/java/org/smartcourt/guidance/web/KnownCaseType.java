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
import org.smartcourt.guidance.domain.RiskCatalogue;

/** A case type the calculator knows; blank passes (another constraint requires it). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCaseType.Check.class)
@interface KnownCaseType {

    String message() default "{guidance.request.caseType.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the id up in the catalogue. */
    class Check implements ConstraintValidator<KnownCaseType, String> {

        private final RiskCatalogue catalogue;

        Check(RiskCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || catalogue.caseType(value.strip()).isPresent();
        }
    }
}
