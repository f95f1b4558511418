package dev.prepdeck.content.parse;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar quarkus-run.jar validate DIR}: checks a content folder with the import's own parser, for a
 * mentors' content repository's CI. Prints one {@code file:line: message} line per problem (the file as a path from
 * the working directory) and exits 0 when the folder is clean, 1 when it has problems and 2 when it was called wrong.
 * Starts no server and needs no database.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";

    private ValidateCommand() {
    }

    /** Runs the command on {@code args} (the words after {@code validate}) and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("usage: java -jar quarkus-run.jar validate DIR");
            err.println("Checks every topic file in the content folder DIR; prints file:line: message per problem"
                    + " and exits 1 when there is any.");
            return 2;
        }
        Path dir = Path.of(args[0]);
        ContentFolder.Snapshot snapshot = ContentFolder.read(dir);
        for (ContentProblem p : snapshot.problems()) {
            String file = p.file().equals(dir.toString()) ? p.file() : dir.resolve(p.file()).normalize().toString();
            out.println(file + ":" + p.line() + ": " + p.message());
        }
        int cards = snapshot.topics().stream().mapToInt(t -> t.cards().size()).sum();
        err.println(snapshot.problems().isEmpty()
                ? "OK: " + snapshot.topics().size() + " topics, " + cards + " cards, no problems"
                : snapshot.problems().size() + (snapshot.problems().size() == 1 ? " problem in " : " problems in ") + dir);
        return snapshot.problems().isEmpty() ? 0 : 1;
    }
}
