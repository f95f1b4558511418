package dev.prepdeck.content;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Topics and their cards as JSON. */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@Blocking
public class TopicResource {

    @GET
    @Operation(summary = "All topics with their card counts")
    public List<TopicDtos.TopicSummary> list() {
        Map<String, Long> counts = Card.countActiveByTopic();
        return Topic.listActive().stream()
                .map(t -> TopicDtos.TopicSummary.of(t, counts.getOrDefault(t.id, 0L)))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One topic with its model answer and cards")
    public TopicDtos.TopicDetail get(@PathParam("id") String id) {
        Topic t = Topic.findActive(id);
        if (t == null) {
            throw new NotFoundException("No topic has the id '" + id + "'.");
        }
        List<TopicDtos.CardDto> cards = Card.listActiveByTopic(id).stream().map(TopicDtos.CardDto::of).toList();
        return new TopicDtos.TopicDetail(t.id, new TopicDtos.Text(t.titleKo, t.titleEn), t.category, t.tagList(), t.demo,
                t.sortOrder == Integer.MAX_VALUE ? 0 : t.sortOrder, t.sourceFile, t.bodyHtml, t.bodyHtmlEn, cards);
    }
}
