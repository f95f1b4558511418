package dev.prepdeck.content.csv;

import java.util.List;

/** A CSV file that cannot be read as a whole: every problem with its line, so nothing is imported half-way. */
public class CsvFormatException extends RuntimeException {

    /** One problem: the 1-based line of the file it starts on, and what is wrong. */
    public record LineProblem(int line, String message) {
    }

    private final List<LineProblem> problems;

    public CsvFormatException(List<LineProblem> problems) {
        super(problems.isEmpty() ? "The CSV file is malformed."
                : "Line " + problems.get(0).line() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public CsvFormatException(int line, String message) {
        this(List.of(new LineProblem(line, message)));
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
