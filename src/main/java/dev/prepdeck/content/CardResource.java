package dev.prepdeck.content;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Single cards as JSON. */
@Path("/api/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@Blocking
public class CardResource {

    @GET
    @Path("/{id}")
    @Operation(summary = "One card, rendered in Korean and English")
    public TopicDtos.CardDto get(@PathParam("id") String id) {
        Card card = Card.findActive(id);
        if (card == null) {
            throw new NotFoundException("No card has the id '" + id + "'.");
        }
        return TopicDtos.CardDto.of(card);
    }
}
