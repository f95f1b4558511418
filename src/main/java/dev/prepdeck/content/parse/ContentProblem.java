package dev.prepdeck.content.parse;

/** One defect in a content file, located by file and 1-based line, worded for the mentor who wrote it. */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
