package dev.prepdeck.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the test content folder that a test may change without touching the original. */
public final class ContentCopies {

    private ContentCopies() {
    }

    /** Copies every file and folder of the test content into {@code target} (created if missing). */
    public static Path copyTestContent(Path target) throws IOException {
        Path source = TestContent.FOLDER;
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
