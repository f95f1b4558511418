package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Loads a ts-fsrs reference vector file (schema: shared/fsrs/README.md) and turns it into one test per history. */
final class ReferenceVectors {

    private static final int MAX_REPORTED_MISMATCHES = 25;

    private final JsonNode root;
    private final String source;

    private ReferenceVectors(JsonNode root, String source) {
        this.root = root;
        this.source = source;
    }

    /** Reads the file named by system property {@code property} if set, else the classpath resource. */
    static ReferenceVectors load(String property, String defaultResource) {
        String path = System.getProperty(property);
        // An unset Maven property can arrive as the literal "${...}"; treat it like no property at all.
        boolean overridden = path != null && !path.isBlank() && !path.startsWith("${");
        ObjectMapper json = new ObjectMapper();
        try {
            if (overridden) {
                return new ReferenceVectors(json.readTree(Files.readAllBytes(Path.of(path))), path);
            }
            try (InputStream in = ReferenceVectors.class.getResourceAsStream(defaultResource)) {
                Objects.requireNonNull(in, "missing test resource " + defaultResource);
                return new ReferenceVectors(json.readTree(in), "classpath:" + defaultResource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read FSRS vectors from " + (overridden ? path : defaultResource), e);
        }
    }

    String source() {
        return source;
    }

    JsonNode histories() {
        return root.path("histories");
    }

    /** The scheduler configuration a vector config describes, with ts-fsrs's UTC calendar days. */
    static FsrsConfig configOf(JsonNode config) {
        double[] w = doubles(config.path("w"));
        return FsrsConfig.defaults()
                .withWeights(w)
                .withDesiredRetention(config.path("request_retention").asDouble())
                .withMaximumInterval(config.path("maximum_interval").asInt())
                .withLearningSteps(steps(config.path("learning_steps")))
                .withRelearningSteps(steps(config.path("relearning_steps")))
                .withShortTerm(config.path("enable_short_term").asBoolean())
                .withFuzz(config.path("enable_fuzz").asBoolean())
                .withDayClock(DayClock.UTC_MIDNIGHT);
    }

    Map<String, FsrsScheduler> schedulers() {
        Map<String, FsrsScheduler> byId = new HashMap<>();
        for (JsonNode config : root.path("configs")) {
            byId.put(config.path("id").asText(), new FsrsScheduler(configOf(config)));
        }
        return byId;
    }

    /** One test per config (weights and derived constants) and one per history (every field of every step). */
    Stream<DynamicNode> tests() {
        assertFalse(histories().isEmpty(), "no histories in " + source);
        Map<String, FsrsScheduler> schedulers = schedulers();
        Stream<DynamicNode> configs = stream(root.path("configs")).map(config -> DynamicTest.dynamicTest(
                "config " + config.path("id").asText(), () -> checkConfig(config, schedulers)));
        Stream<DynamicNode> histories = stream(histories()).map(history -> DynamicTest.dynamicTest(
                "history " + history.path("id").asText() + " [" + history.path("config").asText() + ", "
                        + history.path("profile").asText() + ", " + history.path("steps").size() + " reviews]",
                () -> replay(history, schedulers)));
        return Stream.of(
                DynamicContainer.dynamicContainer("configs in " + source, configs),
                DynamicContainer.dynamicContainer("histories in " + source, histories));
    }

    private static void checkConfig(JsonNode config, Map<String, FsrsScheduler> schedulers) {
        FsrsScheduler scheduler = schedulers.get(config.path("id").asText());
        double[] expected = doubles(config.path("w"));
        double[] actual = scheduler.weights();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], "config " + config.path("id").asText() + ": effective w[" + i + "]");
        }
        if (config.has("interval_modifier")) {
            assertEquals(config.path("interval_modifier").asDouble(), scheduler.intervalModifier(),
                    "config " + config.path("id").asText() + ": interval modifier");
        }
    }

    /** Replays a history; each step starts from the recorded card so one wrong step does not hide later ones. */
    private static void replay(JsonNode history, Map<String, FsrsScheduler> schedulers) {
        String id = history.path("id").asText();
        String configId = history.path("config").asText();
        FsrsScheduler scheduler = schedulers.get(configId);
        if (scheduler == null) {
            fail("history " + id + " refers to unknown config " + configId);
        }
        List<String> mismatches = new ArrayList<>();
        FsrsCard card = FsrsCard.newCard(Instant.ofEpochMilli(history.path("created_ms").asLong()));
        for (JsonNode step : history.path("steps")) {
            Instant reviewTime = Instant.ofEpochMilli(step.path("review_ms").asLong());
            Rating rating = Rating.of(step.path("rating").asInt());
            Step check = new Step("history " + id + " (" + configId + ") step " + step.path("i").asInt() + " ["
                    + step.path("review_iso").asText() + ", " + rating + "]", mismatches);
            check.exact("state_before", step.path("state_before").asInt(), card.state().value());

            ReviewResult result;
            double rGet;
            try {
                result = scheduler.review(card, reviewTime, rating);
                rGet = scheduler.retrievability(card, reviewTime);
            } catch (RuntimeException e) {
                mismatches.add(check.name + ": threw " + e);
                card = recordedCard(step);
                continue;
            }
            FsrsCard after = result.card();
            check.exact("state", step.path("state").asInt(), after.state().value());
            check.exact("scheduled_days", step.path("scheduled_days").asLong(), after.scheduledDays());
            check.exact("due_ms", step.path("due_ms").asLong(), after.due().toEpochMilli());
            check.exact("learning_steps", step.path("learning_steps").asLong(), after.learningSteps());
            check.exact("reps", step.path("reps").asLong(), after.reps());
            check.exact("lapses", step.path("lapses").asLong(), after.lapses());
            check.exact("elapsed_days", step.path("elapsed_days").asLong(), after.elapsedDays());
            check.exact("log elapsed_days", step.path("elapsed_days").asLong(), result.log().elapsedDays());
            check.exact("last_review_ms", step.path("last_review_ms").asLong(), after.lastReview().toEpochMilli());
            check.number("stability", step.path("stability").asDouble(), after.stability());
            check.number("difficulty", step.path("difficulty").asDouble(), after.difficulty());
            JsonNode r = step.path("r");
            if (r.isNull() || r.isMissingNode()) {
                check.exact("r", "null", String.valueOf(result.log().retrievability()));
            } else {
                check.number("r", r.asDouble(), result.log().retrievability() == null
                        ? Double.NaN : result.log().retrievability());
            }
            check.number("r_get", step.path("r_get").asDouble(), rGet);
            card = recordedCard(step);
        }
        if (!mismatches.isEmpty()) {
            String shown = mismatches.stream().limit(MAX_REPORTED_MISMATCHES).collect(Collectors.joining("\n  "));
            String more = mismatches.size() > MAX_REPORTED_MISMATCHES
                    ? "\n  ... and " + (mismatches.size() - MAX_REPORTED_MISMATCHES) + " more" : "";
            fail(mismatches.size() + " mismatch(es) against ts-fsrs:\n  " + shown + more);
        }
    }

    /** The card after a step exactly as the reference recorded it (the schema records every card field). */
    static FsrsCard recordedCard(JsonNode step) {
        return new FsrsCard(CardState.of(step.path("state").asInt()),
                Instant.ofEpochMilli(step.path("due_ms").asLong()), step.path("stability").asDouble(),
                step.path("difficulty").asDouble(), step.path("elapsed_days").asInt(),
                step.path("scheduled_days").asInt(), step.path("learning_steps").asInt(), step.path("reps").asInt(),
                step.path("lapses").asInt(), Instant.ofEpochMilli(step.path("last_review_ms").asLong()));
    }

    private record Step(String name, List<String> mismatches) {
        void exact(String field, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                mismatches.add(name + ": " + field + " expected " + expected + " but was " + actual);
            }
        }

        void exact(String field, long expected, long actual) {
            exact(field, (Object) expected, (Object) actual);
        }

        // Bit-for-bit: ts-fsrs rounds to 8 decimals, which absorbs last-ulp differences in exp/pow.
        void number(String field, double expected, double actual) {
            if (Double.compare(expected, actual) != 0) {
                mismatches.add(name + ": " + field + " expected " + expected + " but was " + actual);
            }
        }
    }

    private static List<Duration> steps(JsonNode array) {
        List<Duration> steps = new ArrayList<>();
        for (JsonNode step : array) {
            steps.add(LearningSteps.parseStep(step.asText()));
        }
        return steps;
    }

    private static double[] doubles(JsonNode array) {
        return stream(array).mapToDouble(JsonNode::asDouble).toArray();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
