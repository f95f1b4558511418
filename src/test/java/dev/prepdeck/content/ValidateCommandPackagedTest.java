package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prepdeck.support.AppProcess;

/**
 * {@code java -jar quarkus-run.jar validate DIR} as a mentor's CI runs it: quick, without a server or a database,
 * one {@code file:line: message} line per problem and a non-zero exit code when there is any.
 */
@Tag("packaged")
class ValidateCommandPackagedTest {

    private record Run(int exit, List<String> out, String err) {
    }

    private static Run validate(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                AppProcess.builtH2App().resolve("quarkus-run.jar").toString(), "validate"));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // a database URL that cannot work: the command must not touch one
        builder.environment().put("PREPDECK_DB_URL", "jdbc:h2:/nonexistent/never");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "validate finished");
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPassTheShippedContentWithExitCodeZero() throws Exception {
        Path workDir = AppProcess.freshWorkDir("validate-good");
        Run run = validate(workDir, dev.prepdeck.support.TestContent.FOLDER.toString());
        assertEquals(0, run.exit(), () -> run.out() + run.err());
        assertEquals(List.of(), run.out());
        assertTrue(run.err().contains("no problems"), run.err());
        assertTrue(!Files.exists(workDir.resolve("data")), "no database was created");
    }

    @Test
    void shouldListEveryProblemAsFileLineMessageAndExitNonZero() throws Exception {
        Path workDir = AppProcess.freshWorkDir("validate-bad");
        Path topics = Files.createDirectories(workDir.resolve("repo/topics"));
        Files.writeString(topics.resolve("good.md"), "---\nid: good\ntitle:\n  ko: 좋음\n  en: Good\ncategory: t\n---\n"
                + "## Cards\n\n### basic good-1\nQ: q\n\nA: a\n");
        Files.writeString(topics.resolve("bad.md"), "---\nid: bad\ntitle:\n  ko: 나쁨\n  en: Bad\ncategory: t\n---\n"
                + "## Cards\n\n### cloze bad-1\nText: 빈칸이 없다\n");

        Run run = validate(workDir, "repo");

        assertEquals(1, run.exit(), () -> run.out() + run.err());
        assertEquals(1, run.out().size(), run.out()::toString);
        assertTrue(run.out().get(0).matches("repo/topics/bad\\.md:\\d+: .+"), run.out().get(0));
        assertTrue(run.err().contains("1 problem in repo"), run.err());
    }

    @Test
    void shouldExplainItsUsageWithExitCodeTwo() throws Exception {
        Run run = validate(AppProcess.freshWorkDir("validate-usage"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("usage"), run.err());
    }
}
