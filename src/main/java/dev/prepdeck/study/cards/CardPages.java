package dev.prepdeck.study.cards;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.content.Topic;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.review.ReviewService;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * The card browser page: find any card (suspended and buried ones too) and suspend, unsuspend, unbury, reset or
 * flag it; each form posts and redirects back to the same search.
 */
@Path("/cards")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class CardPages {

    /** Rows one page lists. */
    static final int PAGE_ROWS = 200;

    @Inject
    CardBrowser browser;

    @Inject
    ReviewService service;

    @Inject
    CurrentLearner learner;

    /** The search form's values, echoed back into it. */
    public record Form(String q, String topic, String kind, String state, String due) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Form form, List<Topic> topics, List<String> kinds, List<String> states,
                List<CardBrowser.Row> rows, int total, String back, String done, String lang);

        static native TemplateInstance history(ReviewService.History history, CardBrowser.Row row, String lang);
    }

    @GET
    public TemplateInstance index(@RestQuery String q, @RestQuery String topic, @RestQuery String kind,
            @RestQuery String state, @RestQuery String due, @RestQuery String done, @Context HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        CardBrowser.Query query = CardBrowser.Query.of(q, topic, kind, state, due);
        CardBrowser.Result result = browser.search(learner.id(), learner.preferences(), query, lang, PAGE_ROWS);
        Form form = new Form(nullToEmpty(q), nullToEmpty(topic), nullToEmpty(kind), nullToEmpty(state),
                nullToEmpty(due));
        return Templates.index(form, Topic.listActive(), CardBrowser.KINDS, CardBrowser.STATES, result.rows(),
                result.total(), back(form), done == null ? "" : done, lang);
    }

    @GET
    @Path("{cardId}")
    public TemplateInstance history(@PathParam("cardId") String cardId, @Context HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        ReviewService.History history = service.history(learner.id(), learner.preferences(), cardId);
        return Templates.history(history, browser.row(learner.id(), learner.preferences(), cardId, lang), lang);
    }

    @POST
    @Path("{cardId}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("cardId") String cardId, @RestForm String back) {
        service.suspend(learner.id(), cardId, true);
        return done(back, "suspend");
    }

    @POST
    @Path("{cardId}/unsuspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsuspend(@PathParam("cardId") String cardId, @RestForm String back) {
        service.suspend(learner.id(), cardId, false);
        return done(back, "unsuspend");
    }

    @POST
    @Path("{cardId}/unbury")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unbury(@PathParam("cardId") String cardId, @RestForm String back) {
        service.unbury(learner.id(), cardId);
        return done(back, "unbury");
    }

    @POST
    @Path("{cardId}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("cardId") String cardId, @RestForm String back) {
        service.reset(learner.id(), cardId);
        return done(back, "reset");
    }

    @POST
    @Path("{cardId}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@PathParam("cardId") String cardId, @RestForm String reason, @RestForm String back) {
        service.flag(learner.id(), cardId, true, reason);
        return done(back, "flag");
    }

    @POST
    @Path("{cardId}/unflag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unflag(@PathParam("cardId") String cardId, @RestForm String back) {
        service.flag(learner.id(), cardId, false, null);
        return done(back, "unflag");
    }

    /** Back to the search the form was sent from (never to another site), saying what was done. */
    private static Response done(String back, String what) {
        String target = back != null && back.startsWith("/cards") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/cards";
        target += (target.contains("?") ? "&" : "?") + "done=" + what;
        return Response.seeOther(URI.create(target)).build();
    }

    /** The page's own address with its search, for the forms to come back to. */
    static String back(Form form) {
        StringBuilder query = new StringBuilder();
        add(query, "q", form.q());
        add(query, "topic", form.topic());
        add(query, "kind", form.kind());
        add(query, "state", form.state());
        add(query, "due", form.due());
        return query.isEmpty() ? "/cards" : "/cards?" + query;
    }

    private static void add(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
