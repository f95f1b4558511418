package dev.prepdeck.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The logged-in user's account and study settings as JSON. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Account")
public class MeResource {

    /** Study settings as the API shows them. */
    public record SettingsView(BigDecimal desiredRetention, int newCardsPerDay, int reviewsPerDay,
            String learningSteps, String relearningSteps, String timeZone, int dayRolloverHour, String uiLanguage) {

        static SettingsView of(UserSettings s) {
            return new SettingsView(BigDecimal.valueOf(s.desiredRetention), s.newCardsPerDay, s.reviewsPerDay,
                    s.learningSteps, s.relearningSteps, s.timeZone, s.dayRolloverHour, s.uiLanguage);
        }
    }

    /** The account as the API shows it. */
    public record MeView(String username, List<String> roles, Instant createdAt, SettingsView settings) {

        static MeView of(AppUser user) {
            return new MeView(user.username, List.of(user.role), user.createdAt, SettingsView.of(user.settings));
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "The logged-in user: name, roles and study settings")
    public MeView me() {
        return MeView.of(currentUser.require());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the logged-in user's study settings (all fields required)")
    public SettingsView updateSettings(@Valid @NotNull SettingsForm settings) {
        return SettingsView.of(accounts.updateSettings(currentUser.id(), settings).settings);
    }
}
