package dev.prepdeck.demo.dns;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real HTTP client reading a server-sent event stream; {@link #awaitEvent} waits with a timeout. */
final class SseClient {

    /** One event as it came off the wire. */
    record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished;
    private final String finalEvent;
    private volatile HttpResponse<Stream<String>> response;

    private SseClient(String finalEvent) {
        this.finalEvent = finalEvent;
        this.finished = new CountDownLatch(1);
    }

    /** Opens the stream; the latch opens when an event named {@code finalEvent} arrives or the stream ends. */
    static SseClient open(URI uri, String finalEvent) {
        SseClient client = new SseClient(finalEvent);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> {
                    client.response = r;
                    client.read(r.body());
                })
                .whenComplete((ignored, error) -> client.finished.countDown());
        return client;
    }

    /** Every line received, for failure messages. */
    private final List<String> raw = new CopyOnWriteArrayList<>();

    String describe() {
        return "status " + (response == null ? "none" : response.statusCode()) + ", body: " + String.join("\n", raw);
    }

    private void read(Stream<String> lines) {
        String[] name = {"message"};
        List<String> data = new ArrayList<>();
        lines.forEach(line -> {
            raw.add(line);
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    Event event = new Event(name[0], String.join("\n", data));
                    events.add(event);
                    if (event.name().equals(finalEvent)) {
                        finished.countDown();
                    }
                }
                name[0] = "message";
                data.clear();
            } else if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
            }
        });
    }

    boolean awaitEvent(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }
}
