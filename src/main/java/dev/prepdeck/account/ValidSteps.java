package dev.prepdeck.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The annotated text must be a step list such as {@code "1m 10m"} (see {@link StepList}); null passes. */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSteps.Check.class)
public @interface ValidSteps {

    String message() default "must be steps like '1m 10m' (units s, m, h, d; at most 10 steps)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the annotated text with {@link StepList#isValid(String)}. */
    class Check implements ConstraintValidator<ValidSteps, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || StepList.isValid(value);
        }
    }
}
