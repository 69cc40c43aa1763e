package org.smartcourt.guidance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smartcourt.guidance.domain.FeeKind;
import org.smartcourt.guidance.domain.RiskCatalogue;

/**
 * A case charged on the amount claimed (诉讼费用交纳办法 Art. 13(1)) names a positive amount; reported on the field
 * {@code amount}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AmountForMoneyClaims.Check.class)
@interface AmountForMoneyClaims {

    String message() default "{guidance.request.amount.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the case type's fee kind from the catalogue. */
    class Check implements ConstraintValidator<AmountForMoneyClaims, RiskRequest> {

        private final RiskCatalogue catalogue;

        Check(RiskCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public boolean isValid(RiskRequest request, ConstraintValidatorContext context) {
            var caseType = request.caseType();
            if (caseType == null) {
                return true;
            }
            var chargedOnAmount = catalogue
                    .caseType(caseType.strip())
                    .map(type -> type.feeKind() == FeeKind.PROPERTY)
                    .orElse(false);
            var amount = request.amount();
            if (!chargedOnAmount || (amount != null && amount.signum() != 0)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("amount")
                    .addConstraintViolation();
            return false;
        }
    }
}
