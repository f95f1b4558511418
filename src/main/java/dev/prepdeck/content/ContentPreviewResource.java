package dev.prepdeck.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.content.parse.CardRenderer;
import dev.prepdeck.content.parse.CardView;
import dev.prepdeck.content.parse.ContentFolder;
import dev.prepdeck.content.parse.MarkdownRenderer;
import dev.prepdeck.content.parse.TopicSource;

/**
 * Lets mentors check a topic file before committing it: the same parser and renderer as the import, nothing stored.
 */
@Path("/api/mentor/content/preview")
@Tag(name = "Content")
public class ContentPreviewResource {

    public static final int MAX_BYTES = 512 * 1024;

    /** A previewed card: its id, kind and rendering. */
    public record PreviewCard(String id, String kind, String follows, CardView.Side ko, CardView.Side en) {
    }

    /** What the import would make of the file. */
    public record Preview(List<TopicDtos.ProblemDto> problems, String id, TopicDtos.Text title, String demo,
            String modelAnswerHtml, String modelAnswerHtmlEn, List<PreviewCard> cards) {
    }

    /** The file to check: its name (for messages) and its Markdown. */
    public record Draft(String file, String markdown) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "mentor", "admin" })
    @Operation(summary = "Parse and render one topic file without storing it")
    public Preview preview(Draft draft) {
        String markdown = draft == null ? null : draft.markdown();
        String file = draft == null ? null : draft.file();
        if (markdown == null || markdown.isBlank()) {
            throw new IllegalArgumentException("Send the topic's Markdown in the field 'markdown'.");
        }
        if (markdown.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WebApplicationException("A topic file may be at most 512 KiB.", 413);
        }
        String name = file == null || file.isBlank() ? "preview.md" : file;
        ContentFolder.Snapshot snapshot = ContentFolder.check(Map.of(name, markdown), List.of());
        List<TopicDtos.ProblemDto> problems = snapshot.problems().stream()
                .map(p -> new TopicDtos.ProblemDto(p.file(), p.line(), p.message())).toList();
        if (snapshot.topics().isEmpty()) {
            return new Preview(problems, null, null, null, null, null, List.of());
        }
        TopicSource topic = snapshot.topics().get(0);
        List<PreviewCard> cards = topic.cards().stream().map(c -> {
            CardView v = CardRenderer.render(c, ContentImportService.ASSET_PREFIX);
            return new PreviewCard(c.id(), v.kind(), v.follows(), v.ko(), v.en());
        }).toList();
        return new Preview(problems, topic.id(), new TopicDtos.Text(topic.titleKo(), topic.titleEn()), topic.demo(),
                MarkdownRenderer.render(topic.body(), ContentImportService.ASSET_PREFIX),
                topic.bodyEn() == null ? null : MarkdownRenderer.render(topic.bodyEn(), ContentImportService.ASSET_PREFIX),
                cards);
    }
}
