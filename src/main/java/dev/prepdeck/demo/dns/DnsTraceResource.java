package dev.prepdeck.demo.dns;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.vertx.core.http.HttpServerRequest;

/**
 * The live DNS trace: server-sent events (one {@code step} per query, then the {@code result}) for
 * browsers, or the whole trace as one JSON document with {@code Accept: application/json}.
 */
@Path("/api/demos/dns")
public class DnsTraceResource {

    private static final Logger LOG = Logger.getLogger(DnsTraceResource.class);

    @Inject
    DnsTraceService service;

    @GET
    @Path("/trace")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trace a DNS lookup from the root servers down and return every step")
    public DnsTrace trace(@Parameter(description = "domain name, e.g. www.github.com") @QueryParam("name") String name,
            @Parameter(description = "A, AAAA, CNAME, MX, NS or TXT (default A)") @QueryParam("type") String type,
            @Context HttpServerRequest request) {
        DnsNames.DnsName parsed = DnsNames.parseName(name);
        String parsedType = DnsNames.parseType(type);
        try (DnsTraceService.Admission admission = admit(request)) {
            return service.run(parsed, parsedType, step -> { }, () -> false);
        }
    }

    @GET
    @Path("/trace")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trace a DNS lookup and stream each step as a server-sent event")
    public void stream(@QueryParam("name") String name, @QueryParam("type") String type,
            @Context HttpServerRequest request, @Context SseEventSink sink, @Context Sse sse) {
        DnsNames.DnsName parsed = DnsNames.parseName(name);
        String parsedType = DnsNames.parseType(type);
        DnsTraceService.Admission admission = admit(request);
        AtomicBoolean gone = new AtomicBoolean();
        try {
            // The first event is written here, on the request's own thread, so the response head is on the wire
            // before the method returns: otherwise the framework's initial SSE write and the trace thread's first
            // event race to set the head, and the loser fails with "head already sent".
            send(sink, sse, gone, "start", Map.of("name", parsed.ascii(), "unicodeName", parsed.unicode(),
                    "type", parsedType, "limits", service.limits()));
            if (gone.get()) {
                admission.close();
                sink.close();
                return;
            }
            service.executor().execute(() -> {
                try (admission; sink) {
                    DnsTrace trace = service.run(parsed, parsedType, step -> send(sink, sse, gone, "step", step),
                            () -> gone.get() || sink.isClosed());
                    send(sink, sse, gone, "result", trace);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "DNS trace of %s failed", parsed.ascii());
                }
            });
        } catch (RuntimeException e) {
            admission.close();
            throw e;
        }
    }

    @GET
    @Path("/recorded")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A recorded example trace, shown when this server cannot reach the root servers")
    public DnsTrace recorded() {
        return service.recorded();
    }

    private DnsTraceService.Admission admit(HttpServerRequest request) {
        String client = request.remoteAddress() != null ? request.remoteAddress().hostAddress() : "unknown";
        try {
            return service.admit(client);
        } catch (DnsTraceService.Rejected e) {
            throw new WebApplicationException(e.getMessage(), Response.status(e.status())
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build());
        }
    }

    /** Sends one event and waits for it to leave, so a vanished client stops the trace early. */
    private static void send(SseEventSink sink, Sse sse, AtomicBoolean gone, String event, Object data) {
        if (gone.get() || sink.isClosed()) {
            gone.set(true);
            return;
        }
        OutboundSseEvent outbound = sse.newEventBuilder().name(event).data(data).build();
        try {
            sink.send(outbound).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gone.set(true);
        } catch (Exception e) {
            gone.set(true);
        }
    }
}
