package dev.prepdeck.content.authoring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The topic editor for mentors and admins: the list of topics with their origin, one Markdown document per topic
 * with a live preview, revisions with diffs and restore, the merge view of a stale save, take-over and publishing.
 * Plain forms do the saving, so the editor works without script; the script adds the live preview and shortcuts.
 */
@Path("/mentor/topics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ "mentor", "admin" })
@Blocking
public class MentorTopicPages {

    static final String NEW_TOPIC = """
            ---
            id: new-topic
            title:
              ko: 새 주제
              en: New topic
            category: network
            tags: []
            ---
            # 새 주제

            모범 답안을 여기에 씁니다.

            ## Cards

            ### basic
            Q: 질문?

            A: 답.
            """;

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    /** The merge view of a refused save: the newest revision, and how the refused text differs from it. */
    public record Merge(TopicRevision theirs, List<LineDiff.Line> diff) {
    }

    /** What the editor page shows. */
    public record Editor(String topicId, boolean isNew, boolean readOnly, String origin, int head, Integer published,
            String fileName, String markdown, String message, String done, String error, Merge merge) {

        public Editor {
            markdown = markdown == null ? "" : markdown;
            message = message == null ? "" : message;
        }

        public boolean hasDraft() {
            return head > 0 && (published == null || published != head);
        }

        /** The name the live preview reports problems under. */
        public String previewFile() {
            return isNew ? "new-topic.md" : fileName;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AuthoringService.Listed> topics, List<ContentNote> notes, String done);

        static native TemplateInstance edit(Editor editor);

        static native TemplateInstance revisions(String topicId, AuthoredTopic state, List<TopicRevision> revisions,
                Integer from, Integer to, List<LineDiff.Line> diff, String done);
    }

    @GET
    public TemplateInstance list(@RestQuery String done, @Context HttpHeaders headers) {
        return Templates.list(authoring.list(UiLanguage.pick(headers.getAcceptableLanguages())), authoring.notes(),
                done);
    }

    @GET
    @Path("new")
    public TemplateInstance newTopic() {
        return Templates.edit(new Editor(null, true, false, AuthoredTopic.SITE, 0, null, null, NEW_TOPIC, "", null,
                null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String markdown, @RestForm String message) {
        try {
            AuthoringService.Saved saved = authoring.create(markdown, message, currentUser.getName());
            return Response.seeOther(URI.create("/mentor/topics/" + saved.topicId() + "/edit?done=created")).build();
        } catch (IllegalArgumentException | WebApplicationException e) {
            return refused(e, new Editor(null, true, false, AuthoredTopic.SITE, 0, null, null, markdown, message, null,
                    e.getMessage(), null));
        }
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id, @RestQuery String done) {
        AuthoredTopic state = authoring.state(id);
        return Templates.edit(editor(state, authoring.text(state), "", done, null, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @RestForm String markdown, @RestForm String message,
            @RestForm Integer base) {
        AuthoredTopic state = authoring.state(id);
        try {
            if (base == null) {
                throw new IllegalArgumentException("The form lacks the revision it was based on; reload the editor.");
            }
            authoring.save(id, base, markdown, message, currentUser.getName());
            return Response.seeOther(URI.create("/mentor/topics/" + id + "/edit?done=saved")).build();
        } catch (AuthoringService.Conflict conflict) {
            // the page now builds on their revision, so saving the merged text again is not refused
            AuthoredTopic now = authoring.state(id);
            Editor editor = editor(now, conflict.yours, message, null, conflict.getMessage(),
                    new Merge(conflict.theirs, LineDiff.diff(conflict.theirs.markdown, conflict.yours)));
            return Response.status(409).entity(Templates.edit(editor)).build();
        } catch (IllegalArgumentException | WebApplicationException e) {
            return refused(e, editor(state, markdown, message, null, e.getMessage(), null));
        }
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id, @RestForm Integer revision) {
        AuthoredTopic state = authoring.state(id);
        try {
            authoring.publish(id, revision == null ? state.headRevision : revision);
            return Response.seeOther(URI.create("/mentor/topics/" + id + "/edit?done=published")).build();
        } catch (WebApplicationException e) {
            return refused(e, editor(state, authoring.text(state), "", null, e.getMessage(), null));
        }
    }

    @POST
    @Path("{id}/take-over")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@PathParam("id") String id) {
        authoring.takeOver(id, currentUser.getName());
        return Response.seeOther(URI.create("/mentor/topics/" + id + "/edit?done=taken-over")).build();
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id) {
        AuthoredTopic state = authoring.state(id);
        try {
            authoring.release(id);
            return Response.seeOther(URI.create("/mentor/topics?done=released")).build();
        } catch (WebApplicationException e) {
            return refused(e, editor(state, authoring.text(state), "", null, e.getMessage(), null));
        }
    }

    @GET
    @Path("{id}/revisions")
    public TemplateInstance revisions(@PathParam("id") String id, @RestQuery Integer from, @RestQuery Integer to,
            @RestQuery String done) {
        AuthoredTopic state = authoring.state(id);
        List<TopicRevision> revisions = authoring.revisions(id);
        List<LineDiff.Line> diff = null;
        if (from != null && to != null) {
            diff = LineDiff.diff(authoring.revision(id, from).markdown, authoring.revision(id, to).markdown);
        }
        return Templates.revisions(id, state, revisions, from, to, diff, done);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") String id, @PathParam("number") int number, @RestForm Integer base) {
        try {
            AuthoredTopic state = authoring.state(id);
            authoring.restore(id, number, base == null ? state.headRevision : base, currentUser.getName());
            return Response.seeOther(URI.create("/mentor/topics/" + id + "/edit?done=restored")).build();
        } catch (AuthoringService.Conflict conflict) {
            return Response.seeOther(URI.create("/mentor/topics/" + id + "/revisions?done="
                    + URLEncoder.encode("stale", StandardCharsets.UTF_8))).build();
        }
    }

    private static Editor editor(AuthoredTopic state, String markdown, String message, String done, String error,
            Merge merge) {
        return new Editor(state.topicId, false, !state.siteOwned, state.origin, state.headRevision,
                state.publishedRevision, state.fileName, markdown, message == null ? "" : message, done, error, merge);
    }

    /** The editor again, with the mentor's text kept and the reason shown, under the refusal's status. */
    private static Response refused(RuntimeException e, Editor editor) {
        int status = e instanceof WebApplicationException w ? w.getResponse().getStatus() : 400;
        return Response.status(status).entity(Templates.edit(editor)).build();
    }
}
