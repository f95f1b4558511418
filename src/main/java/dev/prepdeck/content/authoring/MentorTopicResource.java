package dev.prepdeck.content.authoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.content.ImportReport;
import dev.prepdeck.system.Problem;
import dev.prepdeck.system.UiLanguage;
import io.smallrye.common.annotation.Blocking;

/** The topic editor's JSON API: documents, revisions, diffs, conflicts, take-over and publishing. */
@Path("/api/mentor/topics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "mentor", "admin" })
@Tag(name = "Authoring")
@Blocking
public class MentorTopicResource {

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    /** A new document, or a save of one: the text, a message, and the revision the edit started from. */
    public record Edit(String markdown, String message, Integer baseRevision) {
    }

    /** A topic in the editor's list. */
    public record TopicRow(String id, String title, String origin, boolean siteOwned, Integer headRevision,
            Integer publishedRevision, boolean live) {
    }

    /** A topic's editing state and the text the editor opens. */
    public record Document(String id, String origin, boolean siteOwned, boolean readOnly, int headRevision,
            Integer publishedRevision, String markdown) {
    }

    /** One revision; its text only when asked for one revision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RevisionDto(int number, Integer basedOn, String author, Instant createdAt, String message,
            String markdown) {
        static RevisionDto of(TopicRevision r, boolean withText) {
            return new RevisionDto(r.number, r.basedOn, r.author, r.createdAt, r.message, withText ? r.markdown : null);
        }
    }

    /** What a save stored. */
    public record SavedDto(String topicId, int revision, int idsAdded, String markdown) {
    }

    /** The diff between two revisions. */
    public record DiffDto(int from, int to, List<LineDiff.Line> lines) {
    }

    /** The 409 answer to a stale save: problem details plus their revision, your text and the diff between them. */
    public record ConflictProblem(String type, String title, int status, String detail, String instance,
            int baseRevision, RevisionDto theirs, String yours, List<LineDiff.Line> diff) {
    }

    /** A document to weigh before saving. */
    public record Draft(String markdown) {
    }

    /** The revision to publish. */
    public record Publish(Integer revision) {
    }

    @GET
    @Operation(summary = "Every topic with its origin (folder or site) and revisions")
    public List<TopicRow> list(@Context HttpHeaders headers) {
        return authoring.list(UiLanguage.pick(headers.getAcceptableLanguages())).stream().map(t -> new TopicRow(t.id(), t.title(), t.origin(), t.siteOwned(),
                t.head(), t.published(), t.live())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a topic on the site (a draft until published)")
    public Response create(Edit edit) {
        AuthoringService.Saved saved = authoring.create(edit == null ? null : edit.markdown(),
                edit == null ? null : edit.message(), currentUser.getName());
        return Response.created(URI.create("/api/mentor/topics/" + saved.topicId())).entity(saved(saved)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A topic's editing state and the text the editor opens")
    public Document document(@PathParam("id") String id) {
        AuthoredTopic state = authoring.state(id);
        return new Document(id, state.origin, state.siteOwned, !state.siteOwned, state.headRevision,
                state.publishedRevision, authoring.text(state));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new revision; 409 with their revision if baseRevision is not the newest")
    public Response save(@PathParam("id") String id, Edit edit) {
        if (edit == null || edit.baseRevision() == null) {
            throw new IllegalArgumentException("Send 'baseRevision', the revision this edit started from.");
        }
        try {
            return Response.ok(saved(authoring.save(id, edit.baseRevision(), edit.markdown(), edit.message(),
                    currentUser.getName()))).build();
        } catch (AuthoringService.Conflict conflict) {
            return conflict(conflict, "/api/mentor/topics/" + id);
        }
    }

    @POST
    @Path("impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many published cards a document rewords or removes, and how many learners study them")
    public AuthoringService.Impact impact(@RestQuery String topic, Draft draft) {
        return authoring.impact(topic == null || topic.isBlank() ? null : topic, draft == null ? null : draft.markdown());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "A topic's revisions, newest first")
    public List<RevisionDto> revisions(@PathParam("id") String id) {
        authoring.state(id);
        return authoring.revisions(id).stream().map(r -> RevisionDto.of(r, false)).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision with its text")
    public RevisionDto revision(@PathParam("id") String id, @PathParam("number") int number) {
        return RevisionDto.of(authoring.revision(id, number), true);
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "Line diff between two revisions")
    public DiffDto diff(@PathParam("id") String id, @RestQuery Integer from, @RestQuery Integer to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Name the two revisions as ?from=<n>&to=<n>.");
        }
        return new DiffDto(from, to, LineDiff.diff(authoring.revision(id, from).markdown,
                authoring.revision(id, to).markdown));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an earlier revision's text again as the newest revision")
    public Response restore(@PathParam("id") String id, @PathParam("number") int number, Edit edit) {
        if (edit == null || edit.baseRevision() == null) {
            throw new IllegalArgumentException("Send 'baseRevision', the newest revision you have seen.");
        }
        try {
            return Response.ok(saved(authoring.restore(id, number, edit.baseRevision(), currentUser.getName())))
                    .build();
        } catch (AuthoringService.Conflict conflict) {
            return conflict(conflict, "/api/mentor/topics/" + id + "/revisions/" + number + "/restore");
        }
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a revision through the content import; 422 when the import finds problems in it")
    public ImportReport publish(@PathParam("id") String id, Publish publish) {
        if (publish == null || publish.revision() == null) {
            throw new IllegalArgumentException("Send 'revision', the revision to publish.");
        }
        return authoring.publish(id, publish.revision());
    }

    @POST
    @Path("{id}/take-over")
    @Operation(summary = "Make a folder topic site-owned; its content file is then skipped on import")
    public ImportReport takeOver(@PathParam("id") String id) {
        return authoring.takeOver(id, currentUser.getName());
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Hand a taken-over topic back to the content folder")
    public ImportReport release(@PathParam("id") String id) {
        return authoring.release(id);
    }

    private static SavedDto saved(AuthoringService.Saved saved) {
        return new SavedDto(saved.topicId(), saved.revision(), saved.idsAdded(), saved.markdown());
    }

    static Response conflict(AuthoringService.Conflict c, String instance) {
        ConflictProblem body = new ConflictProblem("about:blank", "Conflict", 409, c.getMessage(), instance, c.base,
                RevisionDto.of(c.theirs, true), c.yours, LineDiff.diff(c.theirs.markdown, c.yours));
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
