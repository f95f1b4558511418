package dev.prepdeck.demo.timewait;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.demo.timewait.TimeWaitRun.Closer;
import dev.prepdeck.demo.timewait.TimeWaitRun.Snapshot;
import dev.prepdeck.demo.timewait.TimeWaitService.Limited;
import dev.prepdeck.demo.timewait.TimeWaitService.Started;
import dev.prepdeck.demo.timewait.TimeWaitService.StartResult;
import dev.prepdeck.demo.timewait.TimeWaitService.Unavailable;
import dev.prepdeck.system.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** JSON and server-sent events for real TIME_WAIT runs on this host's kernel. */
@Path("/api/demos/time-wait")
@Produces(MediaType.APPLICATION_JSON)
public class TimeWaitResource {

    static final String BASE = "/api/demos/time-wait";

    private final TimeWaitService service;

    TimeWaitResource(TimeWaitService service) {
        this.service = service;
    }

    /** Starts a run in which {@code closer} ({@code client} or {@code server}) closes first. */
    @POST
    public Response start(@RestQuery String closer, @Context HttpServerRequest request, @Context UriInfo uri) {
        Closer chosen = Closer.parse(closer)
                .orElseThrow(() -> new BadRequestException("closer must be client or server"));
        StartResult result = service.start(chosen, clientOf(request));
        if (result instanceof Started started) {
            TimeWaitRun run = started.run();
            return Response.status(Response.Status.CREATED)
                    .header(HttpHeaders.LOCATION, BASE + "/" + run.id())
                    .entity(run.snapshot(System.nanoTime())).build();
        }
        if (result instanceof Limited limited) {
            long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
            throw new WebApplicationException(limited.reason(),
                    Response.status(Response.Status.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, seconds).build());
        }
        Unavailable unavailable = (Unavailable) result;
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(503, "Service Unavailable", unavailable.reason(), uri.getPath())).build();
    }

    /** What the run has seen so far. */
    @GET
    @Path("{id}")
    public Snapshot snapshot(@RestPath String id) {
        return service.find(id).orElseThrow(() -> notFound(id)).snapshot(System.nanoTime());
    }

    /**
     * The run as server-sent events: {@code snapshot} first, then {@code state}, {@code timer},
     * {@code segment}, {@code step}, {@code rebind} and {@code facts} as they happen, and {@code end}.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@RestPath String id, @Context SseEventSink sink, @Context Sse sse) {
        if (!service.watch(id, sink, sse)) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no time-wait run with id " + id + " (runs are forgotten a while after they end)");
    }

    private static String clientOf(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
