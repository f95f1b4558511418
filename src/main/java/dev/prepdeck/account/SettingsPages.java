package dev.prepdeck.account;

import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.adaptive.AdaptiveMessages;
import dev.prepdeck.study.adaptive.AdaptivePages;
import dev.prepdeck.study.adaptive.AdaptivePanel;
import dev.prepdeck.study.adaptive.AdaptiveSettings;
import dev.prepdeck.system.SessionCookieMechanism;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

/**
 * The per-user settings page: retention, daily limits, steps, time zone, day rollover, language; password change
 * and account deletion.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SettingsPages {

    /** Text values as typed, so a bad number is shown back to the user instead of being lost. */
    public record Fields(String desiredRetention, String newCardsPerDay, String reviewsPerDay, String learningSteps,
            String relearningSteps, String timeZone, String dayRolloverHour, String uiLanguage) {

        static Fields of(SettingsForm f) {
            return new Fields(f.desiredRetention().stripTrailingZeros().toPlainString(), str(f.newCardsPerDay()),
                    str(f.reviewsPerDay()), f.learningSteps(), f.relearningSteps(), f.timeZone(),
                    str(f.dayRolloverHour()), f.uiLanguage());
        }

        private static String str(Integer value) {
            return value == null ? "" : value.toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Fields form, Map<String, String> errors, boolean saved,
                List<String> zones, Map<String, String> passwordErrors, boolean passwordChanged,
                Map<String, String> deleteErrors, AdaptivePanel adaptive);
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    Validator validator;

    @Inject
    SessionCookieMechanism sessions;

    @Inject
    RoutingContext routing;

    @Inject
    HttpHeaders headers;

    @Inject
    CurrentLearner learner;

    @Inject
    AdaptiveSettings adaptive;

    @GET
    public TemplateInstance page(@RestQuery boolean saved, @RestQuery boolean passwordChanged,
            @RestQuery("adaptive") String adaptiveNotice) {
        return page(Map.of(), saved, passwordChanged, Map.of(), adaptivePanel(adaptiveNotice, null, Map.of()));
    }

    private TemplateInstance page(Map<String, String> passwordErrors, boolean saved, boolean passwordChanged,
            Map<String, String> deleteErrors) {
        return page(passwordErrors, saved, passwordChanged, deleteErrors, adaptivePanel(null, null, Map.of()));
    }

    private TemplateInstance page(Map<String, String> passwordErrors, boolean saved, boolean passwordChanged,
            Map<String, String> deleteErrors, AdaptivePanel panel) {
        return Templates.settings(Fields.of(SettingsForm.of(currentUser.settings())), Map.of(), saved, ZONES,
                passwordErrors, passwordChanged, deleteErrors, panel);
    }

    private AdaptivePanel adaptivePanel(String notice, AdaptivePanel.InterviewForm typed,
            Map<String, String> errors) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        String known = notice != null && List.of("accepted", "kept", "busy", "interviewSaved").contains(notice)
                ? notice : "";
        return adaptive.panel(learner.id(), learner.preferences(), known, lang, typed, errors);
    }

    /** Sets the interview date, target recall and topics; bad input re-shows the form with its errors. */
    @POST
    @Path("interview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveInterview(@RestForm String interviewDate, @RestForm String interviewTarget,
            @RestForm("topics") List<String> topics) {
        List<String> chosen = topics == null ? List.of() : topics;
        try {
            adaptive.saveInterview(learner.id(), learner.preferences(), interviewDate, interviewTarget, chosen);
        } catch (AdaptiveSettings.Rejected e) {
            AdaptiveMessages msg = AdaptivePages.messages(headers);
            Map<String, String> shown = new LinkedHashMap<>();
            e.errors.forEach((field, key) -> shown.put(field, switch (key) {
                case "date" -> msg.err_interview_date();
                case "target" -> msg.err_interview_target();
                default -> msg.err_interview_topics();
            }));
            AdaptivePanel.InterviewForm typed = new AdaptivePanel.InterviewForm(trim(interviewDate),
                    trim(interviewTarget), chosen, false);
            return Response.status(400).entity(page(Map.of(), false, false, Map.of(),
                    adaptivePanel(null, typed, shown))).build();
        }
        return Response.seeOther(URI.create("/settings?adaptive=interviewSaved#interview")).build();
    }

    /** Removes the interview date. */
    @POST
    @Path("interview/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteInterview() {
        adaptive.deleteInterview(learner.id());
        return Response.seeOther(URI.create("/settings#interview")).build();
    }

    /** Changes the password; every other session ends, this browser gets a fresh cookie. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String newPasswordConfirm) {
        AppUser user;
        try {
            user = accounts.changePassword(currentUser.id(), currentPassword, newPassword, newPasswordConfirm);
        } catch (AccountService.SignupRejected e) {
            return Response.status(400)
                    .entity(page(AccountPages.localize(headers, e.errors), false, false, Map.of())).build();
        }
        sessions.issue(SessionIdentityProvider.ticketOf(user), routing);
        return Response.seeOther(URI.create("/settings?passwordChanged=true")).build();
    }

    /** Deletes the account and its study progress once the password confirms it; the session ends with it. */
    @POST
    @Path("delete-account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAccount(@RestForm String password) {
        try {
            accounts.deleteAccount(currentUser.id(), password);
        } catch (AccountService.SignupRejected e) {
            return Response.status(400)
                    .entity(page(Map.of(), false, false, AccountPages.localize(headers, e.errors))).build();
        } catch (AccountService.LastAdmin e) {
            AccountMessages msg = AccountPages.messages(headers);
            return Response.status(409)
                    .entity(page(Map.of(), false, false, Map.of("password", msg.err_last_admin_delete()))).build();
        }
        sessions.clear(routing);
        return Response.seeOther(URI.create("/")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String desiredRetention, @RestForm String newCardsPerDay,
            @RestForm String reviewsPerDay, @RestForm String learningSteps, @RestForm String relearningSteps,
            @RestForm String timeZone, @RestForm String dayRolloverHour, @RestForm String uiLanguage) {
        Fields typed = new Fields(trim(desiredRetention), trim(newCardsPerDay), trim(reviewsPerDay),
                trim(learningSteps), trim(relearningSteps), trim(timeZone), trim(dayRolloverHour), trim(uiLanguage));
        AccountMessages msg = AccountPages.messages(headers);
        Map<String, String> errors = new LinkedHashMap<>();
        SettingsForm form = new SettingsForm(
                decimal(typed.desiredRetention(), "desiredRetention", errors),
                integer(typed.newCardsPerDay(), "newCardsPerDay", errors),
                integer(typed.reviewsPerDay(), "reviewsPerDay", errors),
                typed.learningSteps(), typed.relearningSteps(), typed.timeZone(),
                integer(typed.dayRolloverHour(), "dayRolloverHour", errors),
                typed.uiLanguage());
        Set<ConstraintViolation<SettingsForm>> violations = validator.validate(form);
        for (ConstraintViolation<SettingsForm> v : violations) {
            errors.putIfAbsent(v.getPropertyPath().toString(), "invalid");
        }
        if (!errors.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>();
            errors.keySet().forEach(field -> shown.put(field, message(msg, field)));
            return Response.status(400)
                    .entity(Templates.settings(typed, shown, false, ZONES, Map.of(), false, Map.of(),
                            adaptivePanel(null, null, Map.of()))).build();
        }
        AppUser user = accounts.updateSettings(currentUser.id(), form);
        return Response.seeOther(URI.create("/settings?saved=true"))
                .cookie(AccountPages.languageCookie(user.settings.uiLanguage)).build();
    }

    private static String message(AccountMessages msg, String field) {
        return switch (field) {
            case "desiredRetention" -> msg.err_retention();
            case "newCardsPerDay" -> msg.err_new_cards();
            case "reviewsPerDay" -> msg.err_reviews();
            case "learningSteps", "relearningSteps" -> msg.err_steps();
            case "timeZone" -> msg.err_time_zone();
            case "dayRolloverHour" -> msg.err_rollover();
            case "uiLanguage" -> msg.err_language();
            default -> msg.form_has_errors();
        };
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static BigDecimal decimal(String text, String field, Map<String, String> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "number");
            return null;
        }
    }

    private static Integer integer(String text, String field, Map<String, String> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, "number");
            return null;
        }
    }
}
