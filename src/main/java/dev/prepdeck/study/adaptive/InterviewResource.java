package dev.prepdeck.study.adaptive;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.security.Authenticated;

/** The learner's interview plan as JSON: the date, target and topics, and the predicted recall on the day. */
@Path("/api/study/interview")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InterviewResource {

    /** A plan as sent and returned: ISO date, target recall (0.70–0.99), topic ids (empty for all). */
    public record PlanBody(String date, Double target, List<String> topics) {
    }

    /** The saved plan (null if none) and its forecast per topic (null without a plan still ahead). */
    public record PlanView(PlanBody plan, InterviewForecast forecast) {
    }

    @Inject
    CurrentLearner learner;

    @Inject
    AdaptiveSettings adaptive;

    @Inject
    HttpHeaders headers;

    @GET
    public PlanView get() {
        return adaptive.view(learner.id(), learner.preferences(), UiLanguage.pick(headers.getAcceptableLanguages()));
    }

    /** Sets the plan; bad input is a 400 problem and changes nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView put(PlanBody body) {
        if (body == null) {
            throw new IllegalArgumentException("Send the interview plan as JSON: date, target, topics.");
        }
        adaptive.saveInterview(learner.id(), learner.preferences(), body.date(),
                body.target() == null ? null : body.target().toString(), body.topics());
        return adaptive.view(learner.id(), learner.preferences(), UiLanguage.pick(headers.getAcceptableLanguages()));
    }

    @DELETE
    public void delete() {
        adaptive.deleteInterview(learner.id());
    }
}
