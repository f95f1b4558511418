package dev.prepdeck.support;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Learners grading as fast as the server answers, one thread each, until told to stop or until the server is gone:
 * records what every grade got, so a test can check that each acknowledged grade was really stored. Bounded: it stops
 * by itself after {@code maxGrades} grades in all.
 */
public final class GradeLoad implements AutoCloseable {

    /** One grade request: its idempotency key, and the status it got (-1: no answer, the connection failed). */
    public record Outcome(String key, int status, String body) {
    }

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService threads;
    private final int maxGrades;

    private GradeLoad(int learners, int maxGrades) {
        this.threads = Executors.newFixedThreadPool(learners);
        this.maxGrades = maxGrades;
    }

    /** Starts one grading thread per learner against {@code baseUrl}. */
    public static GradeLoad start(String baseUrl, List<WebSession> learners, int maxGrades) {
        GradeLoad load = new GradeLoad(learners.size(), maxGrades);
        for (WebSession learner : learners) {
            load.threads.submit(() -> load.grade(baseUrl, learner));
        }
        return load;
    }

    private void grade(String baseUrl, WebSession learner) {
        while (!stop.get() && outcomes.size() < maxGrades) {
            String card;
            try {
                HttpResponse<String> due = learner.get(baseUrl + "/api/study/due?limit=1");
                if (due.statusCode() != 200) {
                    pause();
                    continue;
                }
                JsonNode cards = StudyCalls.JSON.readTree(due.body()).get("cards");
                if (cards.isEmpty()) {
                    return;
                }
                card = cards.get(0).get("card").get("id").asText();
            } catch (AssertionError | Exception e) {
                return; // the server is gone
            }
            String key = UUID.randomUUID().toString();
            try {
                HttpResponse<String> graded = StudyCalls.grade(learner, baseUrl, card, key);
                outcomes.add(new Outcome(key, graded.statusCode(), graded.body()));
            } catch (AssertionError e) {
                outcomes.add(new Outcome(key, -1, String.valueOf(e.getMessage())));
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least {@code count} grades were acknowledged with 200. */
    public void awaitAcknowledged(int count, Duration limit) {
        await("acknowledged grades").atMost(limit).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged().size() >= count);
    }

    /** Keys of the grades answered 200 so far. */
    public List<String> acknowledged() {
        return outcomes.stream().filter(o -> o.status() == 200).map(Outcome::key).toList();
    }

    /** Every grade sent so far and what it got. */
    public List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    /** Lets the threads finish the grade they are sending and waits for them. */
    public void stopAndWait(Duration limit) throws InterruptedException {
        stop.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            throw new AssertionError("grading threads still running " + limit + " later");
        }
    }

    /** Waits for the threads to end by themselves (the server went away or the bound was reached). */
    public void awaitEnd(Duration limit) throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            throw new AssertionError("grading threads still running " + limit + " later");
        }
    }

    @Override
    public void close() {
        stop.set(true);
        threads.shutdownNow();
    }
}
