package dev.prepdeck.study.stats;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.prepdeck.content.Topic;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.adaptive.AdaptiveSettings;
import dev.prepdeck.study.adaptive.InterviewForecast;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** The learner's statistics page, charts drawn as inline SVG on the server. */
@Path("/stats")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class StatsPages {

    @Inject
    StatsService stats;

    @Inject
    CurrentLearner learner;

    @Inject
    AdaptiveSettings adaptive;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(StatsView view, String lang, InterviewForecast interview);
    }

    @GET
    public TemplateInstance stats(@Context HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        StudyStats.Report report = stats.report(learner.id(), learner.preferences());
        Map<String, String> titles = new HashMap<>();
        Topic.listActive().forEach(t -> titles.put(t.id, t.title(lang)));
        return Templates.stats(StatsView.of(report, titles, lang), lang,
                adaptive.forecast(learner.id(), learner.preferences(), lang));
    }
}
