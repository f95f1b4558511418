package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastGoodFilesTest {

    private static String topic(String id, String question) {
        return "---\nid: " + id + "\ntitle:\n  ko: 제목\n  en: Title\ncategory: network\n---\nBody\n\n## Cards\n\n"
                + "### basic " + id + "-1\nQ: " + question + "\n\nA: a\n";
    }

    private static String question(ContentFolder.Snapshot snapshot, String topicId) {
        return snapshot.topics().stream().filter(t -> t.id().equals(topicId)).findFirst().orElseThrow()
                .cards().get(0).question().ko();
    }

    @Test
    void shouldKeepTheLastLiveTextOfABrokenFileAndStillReportItsProblems(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: [unclosed\n---\n");
        Files.writeString(dir.resolve("b.md"), topic("b", "새 질문?"));

        LastGoodFiles.Reading reading = LastGoodFiles.read(dir, Map.of("a.md", topic("a", "예전 질문?"),
                "b.md", topic("b", "예전 질문?")));

        assertEquals("예전 질문?", question(reading.snapshot(), "a"), "the broken file's topic stays as it was");
        assertEquals("새 질문?", question(reading.snapshot(), "b"), "a good file is taken up at once");
        assertEquals(Set.of("a.md"), reading.kept());
        assertEquals(topic("a", "예전 질문?"), reading.live().get("a.md"));
        List<ContentProblem> problems = reading.snapshot().problems();
        assertTrue(problems.stream().allMatch(p -> p.file().equals("a.md")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().equals(LastGoodFiles.KEPT)), problems::toString);
        assertTrue(problems.size() >= 2, "the file's own problem is listed besides the note: " + problems);
    }

    @Test
    void shouldLoadWhatParsesOfABrokenFileThatWasNeverLive(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("c.md"), topic("c", "질문?") + "\n### essay c-2\nQ: q\n\nA: a\n");

        LastGoodFiles.Reading reading = LastGoodFiles.read(dir, Map.of());

        assertEquals("질문?", question(reading.snapshot(), "c"));
        assertEquals(Set.of(), reading.kept());
        assertEquals(1, reading.snapshot().problems().size(), () -> reading.snapshot().problems().toString());
    }

    @Test
    void shouldKeepTheLastLiveTextOfAFileThatIsNoLongerUtf8(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("d.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28});

        LastGoodFiles.Reading reading = LastGoodFiles.read(dir, Map.of("d.md", topic("d", "그대로?")));

        assertEquals("그대로?", question(reading.snapshot(), "d"));
        assertEquals(Set.of("d.md"), reading.kept());
    }

    @Test
    void shouldForgetAFileThatWasDeleted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("e.md"), topic("e", "남은 것?"), StandardCharsets.UTF_8);

        LastGoodFiles.Reading reading = LastGoodFiles.read(dir, Map.of("gone.md", topic("gone", "사라진 것?")));

        assertEquals(List.of("e"), reading.snapshot().topics().stream().map(TopicSource::id).toList());
        assertEquals(Set.of("e.md"), reading.live().keySet());
    }
}
