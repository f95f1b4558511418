package dev.prepdeck.study.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.study.CurrentLearner;

import io.quarkus.security.Authenticated;

/** A learner downloads their own cards and review history as CSV; never cached, since it is personal. */
@Path("/api/study")
@Tag(name = "Study")
@Authenticated
public class LearnerExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerExport export;

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @Operation(summary = "The learner's cards and memory state as an Anki CSV (Basic notes)")
    public Response cards() {
        return file(export.cards(learner.id()), "prepdeck-cards.csv");
    }

    @GET
    @Path("history.csv")
    @Produces(CSV)
    @Operation(summary = "Every grade the learner made and did not undo, oldest first")
    public Response history() {
        return file(export.history(learner.id()), "prepdeck-history.csv");
    }

    private static Response file(String body, String name) {
        return Response.ok(body, CSV).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
