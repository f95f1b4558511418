package dev.prepdeck.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The annotated text must be an IANA time zone id such as {@code Asia/Seoul} or {@code UTC}; null passes. */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTimeZone.Check.class)
public @interface ValidTimeZone {

    String message() default "must be an IANA time zone id such as Asia/Seoul";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts only region ids the JDK knows, not raw offsets like {@code +09:00}. */
    class Check implements ConstraintValidator<ValidTimeZone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isZone(value);
        }

        /** True for region ids the JDK knows and for UTC. */
        public static boolean isZone(String id) {
            return "UTC".equals(id) || ZoneId.getAvailableZoneIds().contains(id);
        }
    }
}
