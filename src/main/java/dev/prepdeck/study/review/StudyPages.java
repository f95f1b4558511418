package dev.prepdeck.study.review;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.prepdeck.content.Topic;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.StudyTopics;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** The review screen: one topic, a selection ({@code ?topic=a&topic=b}) or everything due. */
@Path("/study")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class StudyPages {

    @Inject
    StudyTopics studyTopics;

    @Inject
    CurrentLearner learner;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Topic> topics, List<Topic> chosen, List<String> selected,
                String topicParam, String lang);
    }

    @GET
    public TemplateInstance index(@QueryParam("topic") List<String> topic, @Context HttpHeaders headers) {
        // Loads the account: a session whose account was deleted is sent to the login page here.
        learner.id();
        List<String> selected = studyTopics.requireKnown(topic);
        List<Topic> all = Topic.listActive();
        List<Topic> chosen = all.stream().filter(t -> selected.contains(t.id)).toList();
        return Templates.index(all, chosen, selected, String.join(",", selected),
                UiLanguage.pick(headers.getAcceptableLanguages()));
    }
}
