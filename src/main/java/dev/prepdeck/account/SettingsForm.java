package dev.prepdeck.account;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A complete set of study settings as submitted by the settings page or {@code PUT /api/me/settings}. */
public record SettingsForm(
        @NotNull(message = "is required")
        @DecimalMin(value = "0.70", message = "must be between 0.70 and 0.99")
        @DecimalMax(value = "0.99", message = "must be between 0.70 and 0.99")
        @Digits(integer = 1, fraction = 3, message = "must have at most 3 decimals")
        BigDecimal desiredRetention,

        @NotNull(message = "is required")
        @Min(value = 0, message = "must be between 0 and 9999")
        @Max(value = 9999, message = "must be between 0 and 9999")
        Integer newCardsPerDay,

        @NotNull(message = "is required")
        @Min(value = 0, message = "must be between 0 and 99999")
        @Max(value = 99999, message = "must be between 0 and 99999")
        Integer reviewsPerDay,

        @NotNull(message = "is required") @ValidSteps
        String learningSteps,

        @NotNull(message = "is required") @ValidSteps
        String relearningSteps,

        @NotNull(message = "is required") @ValidTimeZone
        String timeZone,

        @NotNull(message = "is required")
        @Min(value = 0, message = "must be between 0 and 23")
        @Max(value = 23, message = "must be between 0 and 23")
        Integer dayRolloverHour,

        @NotNull(message = "is required")
        @Pattern(regexp = "ko|en", message = "must be ko or en")
        String uiLanguage) {

    /** The form showing a user's current settings. */
    public static SettingsForm of(UserSettings s) {
        return new SettingsForm(BigDecimal.valueOf(s.desiredRetention), s.newCardsPerDay, s.reviewsPerDay,
                s.learningSteps, s.relearningSteps, s.timeZone, s.dayRolloverHour, s.uiLanguage);
    }

    /** Copies these (already validated) values onto stored settings. */
    void applyTo(UserSettings s) {
        s.desiredRetention = desiredRetention.doubleValue();
        s.newCardsPerDay = newCardsPerDay;
        s.reviewsPerDay = reviewsPerDay;
        s.learningSteps = StepList.normalize(learningSteps);
        s.relearningSteps = StepList.normalize(relearningSteps);
        s.timeZone = timeZone;
        s.dayRolloverHour = dayRolloverHour;
        s.uiLanguage = uiLanguage;
    }
}
