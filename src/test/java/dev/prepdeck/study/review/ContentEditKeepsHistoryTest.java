package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.content.ContentImportService;
import dev.prepdeck.content.ImportReport;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import io.quarkus.test.junit.QuarkusTest;

/** A mentor rewords a card: the card keeps its id, and every learner keeps its review history and schedule. */
@QuarkusTest
class ContentEditKeepsHistoryTest {

    @Inject
    ContentImportService importer;

    @Inject
    ReviewService service;

    @Inject
    Learners learners;

    @AfterEach
    void restoreTestContent() {
        importer.importFolder();
    }

    @Test
    void shouldKeepAReviewedCardsHistoryWhenItsWordingIsEdited() throws IOException {
        long learner = learners.create();
        StudyPreferences prefs = StudyPreferences.defaults();
        service.grade(learner, prefs, "tw-who", new GradeCommand(Rating.GOOD.value(), UUID.randomUUID().toString(), 900, null));
        ReviewService.History before = service.history(learner, prefs, "tw-who");

        Path edited = Files.createTempDirectory("prepdeck-edited");
        try (Stream<Path> tests = Files.list(importer.folder())) {
            for (Path p : tests.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(p, edited.resolve(p.getFileName()));
            }
        }
        Path topic = edited.resolve("tcp-time-wait.md");
        String text = Files.readString(topic);
        int at = text.indexOf("### ", text.indexOf(" tw-who"));
        int q = text.indexOf("Q: ", text.indexOf(" tw-who"));
        assertTrue(q > 0 && (at < 0 || q < at), "tw-who has a question line");
        Files.writeString(topic, text.substring(0, q + 3) + "(고쳐 쓴 질문) " + text.substring(q + 3));

        ImportReport report = importer.importFolder(edited);

        assertEquals(1, report.updated(), "only the reworded card changed");
        ReviewService.History after = service.history(learner, prefs, "tw-who");
        assertTrue(after.card().view().ko().front().contains("고쳐 쓴 질문"), "the new wording is shown");
        assertEquals(before.reviews().size(), after.reviews().size());
        assertEquals(1, after.reviews().size());
        assertEquals(before.progress().due, after.progress().due, "the schedule is untouched");
    }
}
