package dev.prepdeck.support;

import java.nio.file.Path;

/** The content folder the tests run on: a frozen copy of the topics, so edits to the shipped ones break no test. */
public final class TestContent {

    /** The folder, as {@code %test.prepdeck.content.path} names it; absolute, for apps started in other folders. */
    public static final Path FOLDER = Path.of("src/test/resources/content").toAbsolutePath();

    private TestContent() {
    }
}
