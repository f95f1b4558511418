package dev.prepdeck.study.flags;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/** Flags and leeches for mentors as JSON: what learners flagged and why, how often they fail it; resolving. */
@Path("/api/mentor/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentors")
@Blocking
@RolesAllowed({"mentor", "admin"})
public class FlagResource {

    @Inject
    FlagService flags;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The answer to a resolve: how many learners' flags were cleared. */
    public record Resolved(String cardId, int flagsCleared) {
    }

    @GET
    @Operation(summary = "Cards learners flagged (with their reasons) and leeches, with each card's failure rate")
    public List<FlagService.Attention> list(@QueryParam("lang") String lang) {
        String language = UiLanguage.isSupported(lang) ? lang : "ko";
        return QuarkusTransaction.requiringNew().call(() -> flags.attention(language));
    }

    @POST
    @Path("/{cardId}/resolve")
    @Operation(summary = "Resolve a card's flags: clears every learner's flag on it (leeches stay)")
    public Resolved resolve(@PathParam("cardId") String cardId) {
        return new Resolved(cardId, flags.resolve(cardId, currentUser.id(), clock.instant()));
    }
}
