package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ContentFolderTest {

    private static String topic(String id, String cards) {
        return "---\nid: " + id + "\ntitle:\n  ko: 제목\n  en: Title\ncategory: network\n---\nBody\n\n## Cards\n\n" + cards;
    }

    @Test
    void shouldReportOneProblemPerDefectAndStillLoadEveryGoodTopic() {
        Map<String, String> files = new TreeMap<>();
        files.put("good.md", topic("good", "### basic g1\nQ: q\n\nA: a\n"));
        files.put("other-good.md", topic("other", "### basic o1\nQ: q\n\nA: a\n"));
        files.put("bad-front.md", "---\nid: broken\ntitle: [unclosed\n---\n");
        files.put("z-dup.md", topic("dup", "### basic g1\nQ: q\n\nA: a\n\n### basic d2\nQ: q\n\nA: a\n"));
        files.put("cloze.md", topic("cloze", "### cloze c\nText: 빈칸 없음\n\n### basic c2\nQ: q\n\nA: a\n"));
        files.put("choice.md", topic("choice", "### choice ch\nQ: q\n\nOptions:\n- [ ] a\n- [ ] b\n\n### basic ch2\nQ: q\n\nA: a\n"));
        files.put("kind.md", topic("kind", "### essay k\nQ: q\n\nA: a\n\n### basic k2\nQ: q\n\nA: a\n"));

        ContentFolder.Snapshot snapshot = ContentFolder.check(files, List.of());

        assertEquals(5, snapshot.problems().size(), () -> snapshot.problems().toString());
        assertEquals(List.of("bad-front.md", "choice.md", "cloze.md", "kind.md", "z-dup.md"),
                snapshot.problems().stream().map(ContentProblem::file).toList());
        assertTrue(snapshot.problems().get(4).message().contains("'g1' is already used"));
        assertEquals(List.of("choice", "cloze", "dup", "good", "kind", "other"),
                snapshot.topics().stream().map(TopicSource::id).sorted().toList());
        TopicSource dup = snapshot.topics().stream().filter(t -> t.id().equals("dup")).findFirst().orElseThrow();
        assertEquals(List.of("d2"), dup.cards().stream().map(CardSource::id).toList());
    }

    @Test
    void shouldSkipASecondFileWithTheSameTopicId() {
        Map<String, String> files = new TreeMap<>();
        files.put("a.md", topic("same", "### basic a1\nQ: q\n\nA: a\n"));
        files.put("b.md", topic("same", "### basic b1\nQ: q\n\nA: a\n"));
        ContentFolder.Snapshot snapshot = ContentFolder.check(files, List.of());
        assertEquals(1, snapshot.topics().size());
        assertEquals("b.md", snapshot.problems().get(0).file());
    }

    @Test
    void shouldReportAFollowUpWhoseParentDoesNotExist() {
        Map<String, String> files = Map.of("f.md", topic("f", "### followup f1\nFollows: ghost\nQ: q\n\nA: a\n\n### basic f2\nQ: q\n\nA: a\n"));
        ContentFolder.Snapshot snapshot = ContentFolder.check(files, List.of());
        assertEquals(1, snapshot.problems().size());
        assertTrue(snapshot.problems().get(0).message().contains("'ghost'"));
        assertEquals(List.of("f2"), snapshot.topics().get(0).cards().stream().map(CardSource::id).toList());
    }

    @Test
    void shouldAllowAFollowUpToPointIntoAnotherFile() {
        Map<String, String> files = new TreeMap<>();
        files.put("a.md", topic("a", "### basic root\nQ: q\n\nA: a\n"));
        files.put("b.md", topic("b", "### followup child\nFollows: root\nQ: q\n\nA: a\n"));
        assertEquals(List.of(), ContentFolder.check(files, List.of()).problems());
    }

    @Test
    void shouldFingerprintTheSameFilesAlikeAndAnyEditDifferently() throws IOException {
        Path folder = Files.createTempDirectory("prepdeck-fingerprint");
        Files.writeString(folder.resolve("a.md"), "# A\nQ: one");
        Files.writeString(folder.resolve("README.md"), "not content");
        String first = ContentFolder.fingerprint(folder, "v1");

        assertEquals(first, ContentFolder.fingerprint(folder, "v1"), "nothing changed");
        Files.writeString(folder.resolve("README.md"), "still not content, longer");
        assertEquals(first, ContentFolder.fingerprint(folder, "v1"), "the README is not imported");
        assertNotEquals(first, ContentFolder.fingerprint(folder, "v2"), "another release");

        Files.writeString(folder.resolve("a.md"), "# A\nQ: two");
        String edited = ContentFolder.fingerprint(folder, "v1");
        assertNotEquals(first, edited, "an edit of the same length");

        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.md"), "# B");
        assertNotEquals(edited, ContentFolder.fingerprint(folder, "v1"), "a new file");
        assertNotEquals(ContentFolder.fingerprint(folder, "v1"), ContentFolder.fingerprint(folder.resolve("gone"), "v1"));
    }

    @Test
    void shouldSkipATopicFileThatLinksOutsideTheFolder() throws IOException {
        Path folder = Files.createTempDirectory("prepdeck-links");
        Path outside = Files.createTempFile("prepdeck-outside", ".md");
        Files.writeString(outside, topic("secret", "### basic s1\nQ: root:x:0:0\n\nA: a\n"));
        Files.writeString(folder.resolve("good.md"), topic("good", "### basic g1\nQ: q\n\nA: a\n"));
        Files.createSymbolicLink(folder.resolve("linked.md"), outside);
        Files.createSymbolicLink(folder.resolve("alias.md"), folder.resolve("good.md"));

        ContentFolder.Snapshot snapshot = ContentFolder.read(folder);

        assertEquals(List.of("good"), snapshot.topics().stream().map(TopicSource::id).distinct().toList());
        assertTrue(snapshot.problems().stream().anyMatch(p -> p.file().equals("linked.md")
                && p.message().contains("outside the content folder")), () -> snapshot.problems().toString());
    }

    @Test
    void shouldResolveOnlyFilesWhoseRealPathLiesInTheFolder() throws IOException {
        Path folder = Files.createTempDirectory("prepdeck-resolve");
        Path outside = Files.createTempFile("prepdeck-secret", ".png");
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("images/ladder.png"), "png");
        Files.createSymbolicLink(folder.resolve("images/passwd.png"), outside);
        Files.createSymbolicLink(folder.resolve("images/same.png"), folder.resolve("images/ladder.png"));
        Files.createSymbolicLink(folder.resolve("tmp"), outside.getParent());

        assertTrue(ContentFolder.resolveInside(folder, "images/ladder.png").isPresent());
        assertTrue(ContentFolder.resolveInside(folder, "images/same.png").isPresent(), "a link inside the folder");
        assertTrue(ContentFolder.resolveInside(folder, "images/passwd.png").isEmpty(), "a file link out");
        assertTrue(ContentFolder.resolveInside(folder, "tmp/" + outside.getFileName()).isEmpty(), "a folder link out");
        assertTrue(ContentFolder.resolveInside(folder, "../" + outside.getFileName()).isEmpty(), "dot-dot");
        assertTrue(ContentFolder.resolveInside(folder, "images").isEmpty(), "a folder is not a file");
    }

    @Test
    void shouldSkipFollowUpsThatFollowEachOtherInACycle() {
        Map<String, String> files = new TreeMap<>();
        files.put("a.md", topic("a", "### basic root\nQ: q\n\nA: a\n\n### followup loop1\nFollows: loop3\nQ: q\n\nA: a\n"));
        files.put("b.md", topic("b", "### followup loop2\nFollows: loop1\nQ: q\n\nA: a\n\n"
                + "### followup loop3\nFollows: loop2\nQ: q\n\nA: a\n\n### followup self\nFollows: self\nQ: q\n\nA: a\n\n"
                + "### followup deep\nFollows: root\nQ: q\n\nA: a\n"));
        ContentFolder.Snapshot snapshot = ContentFolder.check(files, List.of());
        assertEquals(4, snapshot.problems().size(), () -> snapshot.problems().toString());
        assertTrue(snapshot.problems().stream().allMatch(p -> p.message().contains("cycle of follow-ups")));
        assertTrue(snapshot.problems().get(0).message().contains("loop1 → loop3 → loop2 → loop1"),
                () -> snapshot.problems().get(0).message());
        assertEquals(List.of("root", "deep"), snapshot.topics().stream().flatMap(t -> t.cards().stream())
                .map(CardSource::id).sorted(java.util.Comparator.reverseOrder()).toList());
    }
}
