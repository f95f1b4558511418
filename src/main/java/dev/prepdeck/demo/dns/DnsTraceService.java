package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.xbill.DNS.Address;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs DNS traces for visitors within the configured limits: a rate limit per client, a cap on traces
 * running at once, and the resolver's own per-trace bounds. Also serves the recorded example trace.
 */
@ApplicationScoped
public class DnsTraceService {

    static final String RECORDED_RESOURCE = "dns/recorded-trace.json";
    static final String RECORDED_URL = "/api/demos/dns/recorded";
    private static final int SERVERS_PER_ZONE = 4;
    private static final int PTR_LOOKUPS = 4;
    private static final Logger LOG = Logger.getLogger(DnsTraceService.class);

    @Inject
    DnsConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    ObjectMapper mapper;

    private IterativeResolver resolver;
    private StubResolver stub;
    private RateLimiter rateLimiter;
    private Semaphore running;
    private ExecutorService traces;
    private ExecutorService stubLookups;
    private Counter runs;
    private volatile DnsTrace recorded;

    /** A visitor may not start a trace now. */
    public static final class Rejected extends Exception {
        private final int status;
        private final long retryAfterSeconds;

        Rejected(int status, long retryAfterSeconds, String message) {
            super(message, null, false, false);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A place among the running traces; closing it frees the place. */
    public final class Admission implements AutoCloseable {
        private boolean closed;

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                running.release();
            }
        }
    }

    /** Checks the configuration when the application starts, so a typo fails fast instead of on first use. */
    void onStart(@Observes StartupEvent event) {
        resolver();
        LOG.debugf("DNS demo: %d root server(s) on port %d, stub resolver %s", config.rootServers().size(),
                config.port(), stub.mode());
    }

    private synchronized IterativeResolver resolver() {
        if (resolver == null) {
            List<InetAddress> roots = new ArrayList<>();
            for (String root : config.rootServers()) {
                try {
                    roots.add(Address.getByAddress(root.strip()));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("prepdeck.dns.root-servers: '" + root + "' is not an IP address");
                }
            }
            IterativeResolver.Limits limits = new IterativeResolver.Limits(config.queryTimeout(), config.maxQueries(),
                    config.maxDepth(), config.traceTimeout(), SERVERS_PER_ZONE, PTR_LOOKUPS);
            SocketDnsTransport transport = new SocketDnsTransport();
            int parallel = Math.max(1, config.maxConcurrentTraces());
            traces = Executors.newFixedThreadPool(parallel, daemonThreads("dns-trace"));
            stubLookups = Executors.newFixedThreadPool(parallel, daemonThreads("dns-stub"));
            stub = StubResolver.fromSetting(config.stubResolver(), transport, stubLookups);
            rateLimiter = new RateLimiter(config.rateLimitPerMinute(), System::nanoTime);
            running = new Semaphore(parallel);
            runs = Counter.builder("prepdeck_demo_runs_total").description("Live demo runs started")
                    .tag("demo", "dns").register(registry);
            resolver = new IterativeResolver(roots, config.port(), limits, transport);
        }
        return resolver;
    }

    /**
     * Lets a client start a trace, or says why not: 429 when this client started too many lately,
     * 503 when the server is already running its maximum of traces.
     */
    public Admission admit(String client) throws Rejected {
        resolver();
        long wait = rateLimiter.acquire(client);
        if (wait > 0) {
            throw new Rejected(429, wait, "Too many traces from your address: at most " + config.rateLimitPerMinute()
                    + " per minute. Try again in " + wait + " s.");
        }
        if (!running.tryAcquire()) {
            throw new Rejected(503, 5, "The server is already running " + config.maxConcurrentTraces()
                    + " traces. Try again in a few seconds.");
        }
        return new Admission();
    }

    /** Where SSE traces run, so the request thread is free while the trace streams. */
    public ExecutorService executor() {
        resolver();
        return traces;
    }

    public DnsTrace.Limits limits() {
        IterativeResolver.Limits limits = resolver().limits();
        return new DnsTrace.Limits(limits.queryTimeout().toMillis(), limits.maxQueries(), limits.maxDepth(),
                limits.traceTimeout().toMillis());
    }

    /** Runs one trace (the caller holds an {@link Admission}) and compares it with the stub resolver. */
    public DnsTrace run(DnsNames.DnsName name, String type, Consumer<DnsTrace.Step> listener, BooleanSupplier cancelled) {
        IterativeResolver iterative = resolver();
        runs.increment();
        Duration stubTimeout = config.queryTimeout().multipliedBy(2);
        CompletableFuture<DnsTrace.Stub> stubAnswer = stub.mode() == StubResolver.Mode.OFF
                ? CompletableFuture.completedFuture(stub.lookup(name, type, stubTimeout))
                : CompletableFuture.supplyAsync(() -> stub.lookup(name, type, stubTimeout), stubLookups);
        DnsTrace trace = iterative.trace(name, type, listener, cancelled);
        DnsTrace.Stub stubResult;
        try {
            stubResult = stubAnswer.get(stubTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            stubResult = new DnsTrace.Stub(stub.mode().name().toLowerCase(), null, "TIMEOUT", null, null, null,
                    "The stub resolver did not answer in time.");
        }
        trace = trace.withStub(stubResult);
        if (trace.status() == DnsTrace.Status.UNREACHABLE || trace.status() == DnsTrace.Status.INTERCEPTED) {
            trace = trace.withRecordedTraceUrl(RECORDED_URL);
        }
        return trace;
    }

    /** The stored example trace, always marked as recorded. */
    public DnsTrace recorded() {
        DnsTrace cached = recorded;
        if (cached == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RECORDED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RECORDED_RESOURCE + " is missing");
                }
                cached = mapper.readValue(in, DnsTrace.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!cached.recorded()) {
                throw new IllegalStateException(RECORDED_RESOURCE + " must be marked recorded");
            }
            recorded = cached;
        }
        return cached;
    }

    @PreDestroy
    void stop() {
        if (traces != null) {
            traces.shutdownNow();
            stubLookups.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
