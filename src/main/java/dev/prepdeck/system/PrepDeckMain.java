package dev.prepdeck.system;

import java.util.Arrays;

import dev.prepdeck.content.parse.ValidateCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The jar's entry point: {@code validate DIR} checks a content folder and exits without starting Quarkus (no HTTP
 * server, no database); anything else starts the server as usual.
 */
@QuarkusMain
public class PrepDeckMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
