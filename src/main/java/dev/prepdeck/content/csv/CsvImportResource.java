package dev.prepdeck.content.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.TopicDtos;
import dev.prepdeck.content.parse.ContentFolder;

/**
 * Lets a mentor turn an Anki CSV into a topic file: the report says what becomes a card and what is left out, and
 * the Markdown is what to save as {@code content/<topic>.md}. Nothing is stored, so a bad file changes nothing.
 */
@Path("/api/mentor/import/csv")
@Tag(name = "Content")
public class CsvImportResource {

    static final int MAX_BYTES = 1024 * 1024;

    /** The counts, every record's outcome, problems the content checker finds, and the topic file. */
    public record Report(boolean dryRun, String topic, long created, long duplicates, long skipped,
            List<CsvTopic.Outcome> rows, List<TopicDtos.ProblemDto> problems, String markdown) {
    }

    /** The file to convert: the topic id to give it, an optional title (else the file's #deck), and the CSV text. */
    public record Upload(String topic, String title, String csv) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "mentor", "admin" })
    @Operation(summary = "Preview an Anki CSV as a PrepDeck topic file, without storing anything")
    public Report importCsv(Upload upload) {
        String text = upload == null ? null : upload.csv();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Send the CSV file's text in the field 'csv'.");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WebApplicationException("A CSV file may be at most 1 MiB.", 413);
        }
        AnkiCsv.Document doc = AnkiCsv.parse(text);
        String id = upload.topic() == null ? null : upload.topic().strip();
        CsvTopic.Result result = CsvTopic.build(doc, id, upload.title(),
                id == null || !CsvTopic.TOPIC_ID.matcher(id).matches() ? Set.of()
                        : Card.idsStartingWith(id + "-"));
        List<TopicDtos.ProblemDto> problems = ContentFolder.check(Map.of(id + ".md", result.markdown()), List.of())
                .problems().stream().map(p -> new TopicDtos.ProblemDto(p.file(), p.line(), p.message())).toList();
        return new Report(true, result.topicId(), result.count("new"), result.count("duplicate"),
                result.count("skipped"), result.rows(), problems, result.markdown());
    }
}
