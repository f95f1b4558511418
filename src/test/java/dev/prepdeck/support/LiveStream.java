package dev.prepdeck.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A server-sent event stream read over a real HTTP connection, as a browser's EventSource reads it (with the
 * browser's cookies and, on a reconnect, {@code Last-Event-ID}). Waits are bounded: {@link #awaitEvent} gives up
 * after its timeout and fails with what did arrive.
 */
public final class LiveStream implements AutoCloseable {

    /** How long a live change may take to reach a screen. */
    public static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
    /** How long a stream may take to open and send its first event on a busy test machine. */
    public static final Duration CONNECT = Duration.ofSeconds(10);

    /** One event as it came off the wire. */
    public record Event(String id, String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private final Object arrived = new Object();
    private volatile InputStream body;
    private volatile boolean ended;

    private LiveStream(CompletableFuture<HttpResponse<InputStream>> response) {
        this.response = response;
    }

    /** Opens {@code url} as {@code session} (may be null for a visitor), sending {@code lastEventId} unless null. */
    public static LiveStream open(String url, WebSession session, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Accept-Language", "en").GET();
        if (session != null && !session.cookieHeader().isEmpty()) {
            request.header("Cookie", session.cookieHeader());
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        LiveStream stream = new LiveStream(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        stream.response.thenAcceptAsync(r -> stream.read(r.body()));
        return stream;
    }

    /** The response's status, waiting for its headers up to 10 s. */
    public int status() {
        return head().statusCode();
    }

    /** The response's headers arrived: the response itself (its body is being read as events). */
    public HttpResponse<InputStream> head() {
        try {
            return response.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no response to the event stream request", e);
        }
    }

    /** The whole body of a refused stream (a problem document, not events). */
    public String errorBody() throws IOException {
        return new String(head().body().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The first event, in arrival order, that matches; fails after {@code timeout} with every event received. */
    public Event awaitEvent(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrived) {
            while (true) {
                for (Event event : events) {
                    if (wanted.test(event)) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    throw new AssertionError("no matching event within " + timeout + (ended ? " (stream ended)" : "")
                            + "; received " + events);
                }
                TimeUnit.NANOSECONDS.timedWait(arrived, left);
            }
        }
    }

    /** Waits for the first comment line (a heartbeat); fails after {@code timeout}. */
    public String awaitComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrived) {
            while (comments.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    throw new AssertionError("no comment line within " + timeout + "; events " + events);
                }
                TimeUnit.NANOSECONDS.timedWait(arrived, left);
            }
            return comments.get(0);
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    private void read(InputStream in) {
        body = in;
        if (head().statusCode() != 200) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            List<String> data = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, String.join("\n", data)));
                        wake();
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                    wake();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
        } catch (IOException e) {
            // closed by close() or by the server
        } finally {
            ended = true;
            wake();
        }
    }

    private void wake() {
        synchronized (arrived) {
            arrived.notifyAll();
        }
    }

    /** Whether the server ended the stream (or it was closed here). */
    public boolean ended() {
        return ended;
    }

    /** Closes the connection, as a browser tab that is closed does. */
    @Override
    public void close() {
        response.cancel(true);
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
