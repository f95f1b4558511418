package dev.prepdeck.live;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * For admins behind several instances: a channel of its own to see that a change made through one instance reaches
 * the screens on another. Open the event stream on one instance, post on another, and the event arrives.
 */
@Path("/api/admin/live-check")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class LiveCheckResource {

    static final String CHANNEL = "system.live-check";

    @Inject
    LiveChannels channels;

    @Inject
    LiveSubscribers subscribers;

    @Inject
    PostgresListener listener;

    @Inject
    ObjectMapper json;

    /** What this instance knows about the check channel. */
    public record Status(long version, Instant changedAt, String transport, boolean listening, int subscribersHere) {
    }

    @GET
    public Status status() {
        return new Status(channels.version(CHANNEL), channels.changedAt(CHANNEL).orElse(null), transport(),
                !channels.isPostgres() || listener.isListening(), subscribers.count(CHANNEL));
    }

    /** Changes the check channel; every open stream of it, on every instance, gets the new version. */
    @POST
    public Status change() {
        channels.publish(CHANNEL);
        return status();
    }

    /** The check channel as server-sent {@code state} events carrying its version and change time. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        channels.subscribe(CHANNEL, sink, sse, () -> {
            try {
                return json.writeValueAsString(status());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String transport() {
        return channels.isPostgres() ? "postgresql-notify" : "in-process";
    }
}
