package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import dev.prepdeck.demo.dns.DnsTrace.Outcome;
import dev.prepdeck.demo.dns.DnsTrace.Status;

/**
 * Walks the DNS hierarchy itself, like {@code dig +trace}: non-recursive queries from the root servers
 * down, following referrals (with or without glue) and CNAME chains, retrying over TCP when a reply is
 * truncated and moving on to another server of the same zone on timeouts, errors and lame delegations.
 * Every query is reported as a {@link DnsTrace.Step} the moment its reply (or timeout) is in.
 *
 * <p>Only IPv4 server addresses are queried (glue AAAA records are shown, not used), so the demo works
 * on hosts without IPv6 connectivity. A trace keeps its own small cache of delegations, as a real
 * resolver would, so a second lookup in the same trace starts from the closest zone it already knows.
 */
public final class IterativeResolver {

    /** EDNS buffer size advertised by today's resolvers (DNS flag day 2020). */
    static final int EDNS_PAYLOAD = 1232;

    private static final Map<String, String> IANA_ROOT_NAMES = Map.ofEntries(
            Map.entry("198.41.0.4", "a.root-servers.net."), Map.entry("170.247.170.2", "b.root-servers.net."),
            Map.entry("192.33.4.12", "c.root-servers.net."), Map.entry("199.7.91.13", "d.root-servers.net."),
            Map.entry("192.203.230.10", "e.root-servers.net."), Map.entry("192.5.5.241", "f.root-servers.net."),
            Map.entry("192.112.36.4", "g.root-servers.net."), Map.entry("198.97.190.53", "h.root-servers.net."),
            Map.entry("192.36.148.17", "i.root-servers.net."), Map.entry("192.58.128.30", "j.root-servers.net."),
            Map.entry("193.0.14.129", "k.root-servers.net."), Map.entry("199.7.83.42", "l.root-servers.net."),
            Map.entry("202.12.27.33", "m.root-servers.net."));

    /**
     * Bounds of one trace.
     *
     * @param queryTimeout      how long to wait for one reply
     * @param maxQueries        queries one trace may send, PTR look-ups included
     * @param maxDepth          longest CNAME chain, most referrals per name, deepest nesting of name-server look-ups
     * @param traceTimeout      wall-clock limit of the whole trace
     * @param maxServersPerZone servers of one zone tried before giving up on it
     * @param maxPtrLookups     addresses of the answer whose PTR name is looked up
     */
    public record Limits(Duration queryTimeout, int maxQueries, int maxDepth, Duration traceTimeout,
            int maxServersPerZone, int maxPtrLookups) {

        public Limits {
            Objects.requireNonNull(queryTimeout);
            Objects.requireNonNull(traceTimeout);
            if (queryTimeout.isNegative() || queryTimeout.isZero() || traceTimeout.isNegative() || traceTimeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (maxQueries < 1 || maxDepth < 1 || maxServersPerZone < 1 || maxPtrLookups < 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final List<InetAddress> roots;
    private final int port;
    private final Limits limits;
    private final DnsTransport transport;
    private final LongSupplier nanoClock;
    private final IntUnaryOperator rootStart;
    /** Roots on loopback or a private network (a test or lab hierarchy): its servers may be there too. */
    private final boolean localServersAllowed;

    public IterativeResolver(List<InetAddress> roots, int port, Limits limits, DnsTransport transport) {
        this(roots, port, limits, transport, System::nanoTime,
                count -> java.util.concurrent.ThreadLocalRandom.current().nextInt(count));
    }

    /**
     * @param nanoClock time source for RTTs and the wall-clock limit
     * @param rootStart picks which root (of the given count) is asked first
     */
    IterativeResolver(List<InetAddress> roots, int port, Limits limits, DnsTransport transport, LongSupplier nanoClock,
            IntUnaryOperator rootStart) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one root server is needed");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535");
        }
        this.roots = List.copyOf(roots);
        this.port = port;
        this.limits = Objects.requireNonNull(limits);
        this.transport = Objects.requireNonNull(transport);
        this.nanoClock = nanoClock;
        this.rootStart = rootStart;
        this.localServersAllowed = ServerAddresses.allLocal(this.roots);
    }

    public Limits limits() {
        return limits;
    }

    /** Traces without reporting progress. */
    public DnsTrace trace(DnsNames.DnsName name, String type) {
        return trace(name, type, step -> { }, () -> false);
    }

    /**
     * Resolves {@code name}/{@code type} from the roots down.
     *
     * @param listener  receives each step as soon as it is complete
     * @param cancelled polled before every query; true stops the trace
     */
    public DnsTrace trace(DnsNames.DnsName name, String type, Consumer<DnsTrace.Step> listener,
            BooleanSupplier cancelled) {
        int qtype = Type.value(type);
        if (qtype < 0) {
            throw new IllegalArgumentException("unknown type " + type);
        }
        Name qname;
        try {
            qname = Name.fromString(name.fqdn());
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + name.ascii(), e);
        }
        return new Run(listener, cancelled).execute(name, qname, qtype);
    }

    /** A limit or a cancellation ends the whole trace at once. */
    private static final class Stop extends RuntimeException {
        Stop(String message) {
            super(message, null, false, false);
        }
    }

    /** A name server as the resolver knows it: from the hints, or from a referral (with or without glue). */
    private static final class Server {
        final Name name;
        final String label;
        List<InetAddress> addresses;
        boolean lookedUp;
        /** Why this server is never asked (its addresses are internal), or null. */
        String refused;
        /** Glue addresses dropped for being internal, as "10.0.0.1 is private". */
        List<String> internalGlue = List.of();

        Server(Name name, String label, List<InetAddress> addresses) {
            this.name = name;
            this.label = label;
            this.addresses = addresses;
        }
    }

    private record Delegation(Name zone, List<Server> servers, DnsTrace.Referral shown) {
    }

    /** Who is asking: the visitor's question or a side look-up the resolver needs on the way. */
    private record Purpose(String kind, String lookup, int depth) {
    }

    /** What one server's reply means. */
    private record Reply(Outcome outcome, List<Record> records, List<CNAMERecord> chain, Name next,
            Delegation referral, Long negativeTtl, String detail) {

        static Reply of(Outcome outcome, String detail) {
            return new Reply(outcome, List.of(), List.of(), null, null, null, detail);
        }

        boolean usable() {
            return switch (outcome) {
                case REFERRAL, ANSWER, CNAME, NXDOMAIN, NODATA -> true;
                default -> false;
            };
        }
    }

    /** Where the resolution of one name ended; {@code next} set means: continue with this CNAME target. */
    private record Resolution(Status status, int rcode, List<Record> records, List<CNAMERecord> chain, Name next,
            Long negativeTtl, String message) {

        static Resolution failed(Status status, String message) {
            return new Resolution(status, Rcode.SERVFAIL, List.of(), List.of(), null, null, message);
        }
    }

    /** The state of one trace. */
    private final class Run {
        private final Consumer<DnsTrace.Step> listener;
        private final BooleanSupplier cancelled;
        private final List<DnsTrace.Step> steps = new ArrayList<>();
        private final Map<Name, Delegation> cache = new HashMap<>();
        private final long started = nanoClock.getAsLong();
        private final long deadline = started + limits.traceTimeout().toNanos();
        private int queries;

        Run(Consumer<DnsTrace.Step> listener, BooleanSupplier cancelled) {
            this.listener = listener;
            this.cancelled = cancelled;
            List<Server> hints = new ArrayList<>();
            // Spread the load over the roots instead of always asking the first one.
            int offset = Math.floorMod(rootStart.applyAsInt(roots.size()), roots.size());
            for (int i = 0; i < roots.size(); i++) {
                InetAddress root = roots.get((i + offset) % roots.size());
                String ip = root.getHostAddress();
                hints.add(new Server(null, IANA_ROOT_NAMES.getOrDefault(ip, ip), List.of(root)));
            }
            cache.put(Name.root, new Delegation(Name.root, hints, null));
        }

        DnsTrace execute(DnsNames.DnsName name, Name qname, int qtype) {
            String startedAt = Instant.now().toString();
            Resolution result;
            try {
                result = resolve(qname, qtype, new Purpose("main", lookup(qname, qtype), 0));
            } catch (Stop stop) {
                result = Resolution.failed(Status.LIMIT, stop.getMessage());
            }
            List<DnsTrace.Address> addresses = result.status() == Status.ANSWER ? reverseNames(result.records())
                    : List.of();
            List<DnsTrace.CnameLink> chain = result.chain().stream()
                    .map(c -> new DnsTrace.CnameLink(c.getName().toString(), c.getTarget().toString(), c.getTTL()))
                    .toList();
            String rcode = result.status() == Status.LIMIT ? null : Rcode.string(result.rcode());
            String message = result.message() != null ? result.message()
                    : summary(result, name.fqdn(), Type.string(qtype));
            return new DnsTrace(name.ascii(), name.unicode(), Type.string(qtype), result.status(), rcode, message,
                    rrs(result.records()), chain, result.negativeTtl(), addresses, null, List.copyOf(steps),
                    queries, millis(nanoClock.getAsLong() - started), startedAt,
                    new DnsTrace.Limits(limits.queryTimeout().toMillis(), limits.maxQueries(), limits.maxDepth(),
                            limits.traceTimeout().toMillis()),
                    false, null, null);
        }

        /** Resolves a name and follows CNAMEs into other zones until records of the type (or an end) are found. */
        private Resolution resolve(Name qname, int qtype, Purpose purpose) {
            List<CNAMERecord> chain = new ArrayList<>();
            Set<Name> visited = new HashSet<>();
            Name current = qname;
            Purpose currentPurpose = purpose;
            while (true) {
                if (!visited.add(current)) {
                    return withChain(Resolution.failed(Status.FAILED, "CNAME loop at " + current), chain);
                }
                Resolution step = resolveInZones(current, qtype, currentPurpose);
                chain.addAll(step.chain());
                if (chain.size() > limits.maxDepth()) {
                    return withChain(Resolution.failed(Status.LIMIT,
                            "CNAME chain longer than " + limits.maxDepth() + " links"), chain);
                }
                if (step.next() == null) {
                    return withChain(step, chain);
                }
                current = step.next();
                String kind = purpose.kind().equals("main") ? "cname" : purpose.kind();
                currentPurpose = new Purpose(kind, lookup(current, qtype), purpose.depth());
            }
        }

        private Resolution withChain(Resolution r, List<CNAMERecord> chain) {
            return new Resolution(r.status(), r.rcode(), r.records(), List.copyOf(chain), r.next(), r.negativeTtl(),
                    r.message());
        }

        /** Resolves one name: from the closest known zone cut down, following referrals. */
        private Resolution resolveInZones(Name qname, int qtype, Purpose purpose) {
            Delegation zone = closestKnown(qname);
            boolean fromCache = !zone.zone().equals(Name.root);
            for (int referrals = 0; ; referrals++) {
                if (referrals > limits.maxDepth()) {
                    return Resolution.failed(Status.LIMIT, "more than " + limits.maxDepth() + " referrals for " + qname);
                }
                Reply reply = askZone(zone, qname, qtype, purpose, fromCache);
                fromCache = false;
                switch (reply.outcome()) {
                    case REFERRAL -> {
                        zone = reply.referral();
                        cache.put(zone.zone(), zone);
                    }
                    case ANSWER, CNAME -> {
                        return new Resolution(Status.ANSWER, Rcode.NOERROR, reply.records(), reply.chain(),
                                reply.next(), null, null);
                    }
                    case NXDOMAIN -> {
                        return new Resolution(Status.NXDOMAIN, Rcode.NXDOMAIN, List.of(), reply.chain(), null,
                                reply.negativeTtl(), null);
                    }
                    case NODATA -> {
                        return new Resolution(Status.NODATA, Rcode.NOERROR, List.of(), reply.chain(), null,
                                reply.negativeTtl(), null);
                    }
                    default -> {
                        Status status = switch (reply.outcome()) {
                            case UNREACHABLE -> Status.UNREACHABLE;
                            case INTERCEPTED -> Status.INTERCEPTED;
                            default -> Status.FAILED;
                        };
                        return Resolution.failed(status, reply.detail());
                    }
                }
            }
        }

        private Delegation closestKnown(Name qname) {
            for (int strip = 0; strip < qname.labels(); strip++) {
                Name candidate = new Name(qname, strip);
                Delegation known = cache.get(candidate);
                if (known != null) {
                    return known;
                }
            }
            return cache.get(Name.root);
        }

        /** Asks the servers of one zone in turn until one gives a usable reply. */
        private Reply askZone(Delegation zone, Name qname, int qtype, Purpose purpose, boolean fromCache) {
            List<Server> ordered = new ArrayList<>();
            zone.servers().stream().filter(s -> !s.addresses.isEmpty()).forEach(ordered::add);
            zone.servers().stream().filter(s -> s.addresses.isEmpty()).forEach(ordered::add);
            int attempts = 0;
            boolean onlyNetworkFailures = true;
            List<String> problems = new ArrayList<>();
            List<String> intercepted = new ArrayList<>();
            for (Server server : ordered) {
                if (attempts >= limits.maxServersPerZone()) {
                    break;
                }
                if (server.refused != null) {
                    problems.add(server.label + ": " + server.refused);
                    onlyNetworkFailures = false;
                    continue;
                }
                if (server.addresses.isEmpty() && !findAddresses(server, zone, purpose, problems)) {
                    onlyNetworkFailures = false;
                    continue;
                }
                attempts++;
                InetAddress address = server.addresses.get(0);
                Reply reply = exchange(zone, server, address, qname, qtype, purpose, fromCache, false);
                fromCache = false;
                if (reply.outcome() == Outcome.TRUNCATED) {
                    reply = exchange(zone, server, address, qname, qtype, purpose, false, true);
                }
                if (reply.usable()) {
                    return reply;
                }
                if (reply.outcome() == Outcome.INTERCEPTED) {
                    intercepted.add(server.label + ": " + reply.detail());
                }
                if (reply.outcome() != Outcome.TIMEOUT && reply.outcome() != Outcome.UNREACHABLE) {
                    onlyNetworkFailures = false;
                }
                problems.add(server.label + ": " + reply.detail());
            }
            String zoneName = zone.zone().toString();
            if (!intercepted.isEmpty()) {
                return Reply.of(Outcome.INTERCEPTED, "Your network is intercepting DNS: the replies that came back"
                        + " are ones no real " + (zone.zone().equals(Name.root) ? "root server" : "server of " + zoneName)
                        + " gives (" + String.join("; ", intercepted) + "). Something between this server and the"
                        + " Internet answers in their place, so this live trace cannot be trusted; showing a recorded"
                        + " trace instead.");
            }
            if (attempts > 0 && onlyNetworkFailures) {
                String what = zone.zone().equals(Name.root)
                        ? "None of the root servers could be reached (" + attempts + " tried). This server seems to"
                        + " have no Internet access, or outgoing DNS (port " + port + ") is blocked."
                        : "No server of zone " + zoneName + " could be reached (" + attempts + " tried).";
                return Reply.of(zone.zone().equals(Name.root) ? Outcome.UNREACHABLE : Outcome.TIMEOUT, what);
            }
            return Reply.of(Outcome.SERVFAIL, "No server of zone " + zoneName + " gave a usable answer"
                    + (problems.isEmpty() ? "." : ": " + String.join("; ", problems)));
        }

        /** A glueless delegation: the resolver must first look up the name server's own address. */
        private boolean findAddresses(Server server, Delegation zone, Purpose purpose, List<String> problems) {
            if (server.lookedUp || server.name == null) {
                return false;
            }
            server.lookedUp = true;
            if (server.name.subdomain(zone.zone())) {
                problems.add(server.label + ": inside its own zone but sent without glue");
                return false;
            }
            if (purpose.depth() + 1 > limits.maxDepth()) {
                problems.add(server.label + ": address look-up would nest deeper than " + limits.maxDepth());
                return false;
            }
            Resolution found = resolve(server.name, Type.A,
                    new Purpose("ns-address", lookup(server.name, Type.A), purpose.depth() + 1));
            List<InetAddress> addresses = new ArrayList<>();
            List<String> internal = new ArrayList<>();
            for (Record r : found.records()) {
                if (r instanceof ARecord a) {
                    String reason = refusal(a.getAddress());
                    if (reason == null) {
                        addresses.add(a.getAddress());
                    } else {
                        internal.add(reason);
                    }
                }
            }
            server.addresses = addresses;
            if (addresses.isEmpty() && !internal.isEmpty()) {
                server.refused = "not queried: its address " + String.join(", ", internal);
                problems.add(server.label + ": " + server.refused);
                return false;
            }
            if (addresses.isEmpty()) {
                problems.add(server.label + ": its address could not be found (" + found.status() + ")");
                return false;
            }
            return true;
        }

        private Reply exchange(Delegation zone, Server server, InetAddress address, Name qname, int qtype,
                Purpose purpose, boolean fromCache, boolean tcp) {
            if (cancelled.getAsBoolean()) {
                throw new Stop("The trace was cancelled.");
            }
            if (queries >= limits.maxQueries()) {
                throw new Stop("Stopped after " + limits.maxQueries() + " queries, the limit for one trace.");
            }
            long remaining = deadline - nanoClock.getAsLong();
            if (remaining <= 0) {
                throw new Stop(timeLimitMessage());
            }
            Duration timeout = Duration.ofNanos(Math.min(limits.queryTimeout().toNanos(), remaining));
            queries++;
            Message query = newQuery(qname, qtype);
            long sent = nanoClock.getAsLong();
            Message response = null;
            Reply reply;
            try {
                response = transport.exchange(new InetSocketAddress(address, port), query, tcp, timeout);
                reply = matchesQuestion(response, qname, qtype)
                        ? classify(response, zone, qname, qtype, tcp)
                        : Reply.of(Outcome.ERROR, "the reply is for another question");
            } catch (SocketTimeoutException e) {
                reply = Reply.of(Outcome.TIMEOUT, "no reply within " + timeout.toMillis() + " ms");
            } catch (PortUnreachableException | ConnectException | NoRouteToHostException e) {
                reply = Reply.of(Outcome.UNREACHABLE, "unreachable (" + e.getClass().getSimpleName() + ")");
            } catch (SocketException e) {
                reply = Reply.of(Outcome.UNREACHABLE, "unreachable (" + e.getMessage() + ")");
            } catch (IOException e) {
                reply = Reply.of(Outcome.ERROR, "unusable reply (" + e.getMessage() + ")");
            }
            double rtt = millis(nanoClock.getAsLong() - sent);
            report(zone, server, address, qname, qtype, purpose, fromCache, tcp, response, reply, rtt);
            if (reply.outcome() == Outcome.TIMEOUT && remaining < limits.queryTimeout().toNanos()) {
                // This wait was cut short by the trace's own limit, not by the server being slow.
                throw new Stop(timeLimitMessage());
            }
            return reply;
        }

        private void report(Delegation zone, Server server, InetAddress address, Name qname, int qtype,
                Purpose purpose, boolean fromCache, boolean tcp, Message response, Reply reply, double rtt) {
            DnsTrace.Flags flags = null;
            String rcode = null;
            Integer size = null;
            List<DnsTrace.Rr> answers = null;
            List<DnsTrace.Rr> authority = null;
            if (response != null) {
                Header h = response.getHeader();
                flags = new DnsTrace.Flags(h.getFlag(Flags.AA), h.getFlag(Flags.TC), h.getFlag(Flags.RD),
                        h.getFlag(Flags.RA));
                rcode = Rcode.string(response.getRcode());
                size = response.numBytes();
                answers = rrs(response.getSection(Section.ANSWER));
                if (reply.outcome() != Outcome.REFERRAL) {
                    authority = rrs(response.getSection(Section.AUTHORITY));
                }
            }
            String qnameText = qname.toString();
            DnsTrace.Step step = new DnsTrace.Step(steps.size() + 1, purpose.kind(), purpose.lookup(),
                    purpose.depth(), zone.zone().toString(), server.label, address.getHostAddress(), fromCache,
                    qnameText, DnsNames.unicodeOrNull(qnameText), Type.string(qtype), tcp ? "tcp" : "udp",
                    reply.outcome(), rcode, flags, rtt, size, answers,
                    reply.referral() != null ? reply.referral().shown() : null, authority, reply.detail());
            steps.add(step);
            listener.accept(step);
        }

        /** Looks up the PTR name of each answer address, within what is left of the trace's limits. */
        private List<DnsTrace.Address> reverseNames(List<Record> records) {
            List<DnsTrace.Address> result = new ArrayList<>();
            boolean stopped = false;
            String stopReason = null;
            for (Record r : records) {
                InetAddress address;
                if (r instanceof ARecord a) {
                    address = a.getAddress();
                } else if (r instanceof AAAARecord aaaa) {
                    address = aaaa.getAddress();
                } else {
                    continue;
                }
                Name reverse = ReverseMap.fromAddress(address);
                if (result.size() >= limits.maxPtrLookups() || stopped) {
                    result.add(new DnsTrace.Address(address.getHostAddress(), reverse.toString(), null, null,
                            stopped ? "SKIPPED: " + stopReason : "SKIPPED: only the first " + limits.maxPtrLookups()
                                    + " addresses are looked up"));
                    continue;
                }
                try {
                    Resolution ptr = resolve(reverse, Type.PTR, new Purpose("ptr", lookup(reverse, Type.PTR), 0));
                    List<String> names = ptr.records().stream().filter(PTRRecord.class::isInstance)
                            .map(p -> ((PTRRecord) p).getTarget().toString()).toList();
                    Long ttl = ptr.records().isEmpty() ? null : ptr.records().get(0).getTTL();
                    result.add(new DnsTrace.Address(address.getHostAddress(), reverse.toString(),
                            names.isEmpty() ? null : names, ttl, ptr.status().name()));
                } catch (Stop stop) {
                    stopped = true;
                    stopReason = stop.getMessage();
                    result.add(new DnsTrace.Address(address.getHostAddress(), reverse.toString(), null, null,
                            "SKIPPED: " + stopReason));
                }
            }
            return result;
        }
    }

    private String timeLimitMessage() {
        return "Stopped at the time limit of " + limits.traceTimeout().toMillis() + " ms for one trace.";
    }

    private static Message newQuery(Name qname, int qtype) {
        Message query = Message.newQuery(Record.newRecord(qname, qtype, DClass.IN));
        // Iterative: we do the recursion ourselves and never ask a server to do it for us.
        query.getHeader().unsetFlag(Flags.RD);
        query.addRecord(new OPTRecord(EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
        return query;
    }

    private static boolean matchesQuestion(Message response, Name qname, int qtype) {
        Record question = response.getQuestion();
        return question != null && question.getName().equals(qname) && question.getType() == qtype;
    }

    /** Why the demo will not send a query to {@code address} ("10.0.0.1 is private"), or null when it may. */
    private String refusal(InetAddress address) {
        String reason = localServersAllowed ? null : ServerAddresses.nonPublic(address);
        return reason == null ? null : address.getHostAddress() + " is " + reason;
    }

    /** Decides what a reply from a server of {@code zone} means for the question. */
    private Reply classify(Message response, Delegation zone, Name qname, int qtype, boolean tcp) {
        Header header = response.getHeader();
        int rcode = response.getRcode();
        if (header.getFlag(Flags.TC) && !tcp) {
            return Reply.of(Outcome.TRUNCATED, "truncated over UDP: retrying over TCP");
        }
        if (rcode == Rcode.SERVFAIL) {
            return Reply.of(Outcome.SERVFAIL, "server failure (SERVFAIL)");
        }
        String forged = forgery(response, zone.zone(), qname);
        if (forged != null) {
            return Reply.of(Outcome.INTERCEPTED, forged);
        }
        if (rcode == Rcode.REFUSED) {
            return zone.zone().equals(Name.root) ? Reply.of(Outcome.REFUSED, "refused")
                    : Reply.of(Outcome.LAME, "lame delegation: listed as a server of " + zone.zone()
                            + " but refuses to answer for it");
        }
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return Reply.of(Outcome.ERROR, "error " + Rcode.string(rcode));
        }
        List<Record> answer = response.getSection(Section.ANSWER);
        List<CNAMERecord> chain = new ArrayList<>();
        Set<Name> seen = new HashSet<>();
        Name current = qname;
        while (seen.add(current)) {
            List<Record> matching = new ArrayList<>();
            CNAMERecord alias = null;
            for (Record r : answer) {
                if (!r.getName().equals(current) || r.getDClass() != DClass.IN) {
                    continue;
                }
                if (r.getType() == qtype) {
                    matching.add(r);
                } else if (r instanceof CNAMERecord c) {
                    alias = c;
                }
            }
            if (!matching.isEmpty() && rcode == Rcode.NOERROR) {
                return new Reply(chain.isEmpty() ? Outcome.ANSWER : Outcome.CNAME, matching, List.copyOf(chain),
                        null, null, null, chain.isEmpty() ? "answer" : "alias chain with its answer");
            }
            if (alias == null || qtype == Type.CNAME) {
                break;
            }
            chain.add(alias);
            current = alias.getTarget();
        }
        SOARecord soa = null;
        NSRecord delegationNs = null;
        for (Record r : response.getSection(Section.AUTHORITY)) {
            if (r instanceof SOARecord s) {
                soa = s;
            } else if (r instanceof NSRecord ns && delegationNs == null) {
                delegationNs = ns;
            }
        }
        Long negativeTtl = soa == null ? null : Math.min(soa.getTTL(), soa.getMinimum());
        if (rcode == Rcode.NXDOMAIN) {
            return new Reply(Outcome.NXDOMAIN, List.of(), List.copyOf(chain), null, null, negativeTtl,
                    current + " does not exist");
        }
        if (!chain.isEmpty()) {
            if (soa != null && current.subdomain(soa.getName())) {
                return new Reply(Outcome.NODATA, List.of(), List.copyOf(chain), null, null, negativeTtl,
                        current + " has no " + Type.string(qtype) + " records");
            }
            return new Reply(Outcome.CNAME, List.of(), List.copyOf(chain), current, null, null,
                    "alias: continue with " + current);
        }
        if (delegationNs != null && soa == null) {
            Name child = delegationNs.getName();
            if (child.subdomain(zone.zone()) && !child.equals(zone.zone()) && qname.subdomain(child)) {
                Delegation referral = referral(response, zone.zone(), child);
                List<String> refused = referral.servers().stream().filter(server -> !server.internalGlue.isEmpty())
                        .map(server -> server.label + " " + String.join(", ", server.internalGlue)).toList();
                return new Reply(Outcome.REFERRAL, List.of(), List.of(), null, referral, null, "referral to " + child
                        + (refused.isEmpty() ? "" : "; skipped name servers at internal addresses, which this demo"
                                + " never queries: " + String.join("; ", refused)));
            }
            return Reply.of(Outcome.LAME, "lame: referral to " + child + ", which is not below " + zone.zone());
        }
        if (soa != null || header.getFlag(Flags.AA)) {
            return new Reply(Outcome.NODATA, List.of(), List.of(), null, null, negativeTtl,
                    qname + " has no " + Type.string(qtype) + " records");
        }
        return Reply.of(Outcome.LAME, "lame: neither an answer nor a referral");
    }

    /**
     * What makes a reply one that no real server asked without recursion would send, or null: recursion offered by
     * a root, a final answer (name error, no data, records) without the authoritative flag and without a referral,
     * or records for names outside the zone the server was asked as. Interception middleboxes answer like this.
     */
    static String forgery(Message response, Name zone, Name qname) {
        Header header = response.getHeader();
        int rcode = response.getRcode();
        boolean root = zone.equals(Name.root);
        List<String> reasons = new ArrayList<>();
        if (root && header.getFlag(Flags.RA)) {
            reasons.add("recursion available (RA) from a root server, which never recurses");
        }
        List<Record> answer = response.getSection(Section.ANSWER);
        // Only the first record: a server may follow a CNAME into another zone it also serves.
        if (!answer.isEmpty() && !answer.get(0).getName().subdomain(zone)) {
            reasons.add("an answer for " + answer.get(0).getName() + ", outside zone " + zone);
        }
        boolean referral = response.getSection(Section.AUTHORITY).stream().anyMatch(NSRecord.class::isInstance);
        boolean soa = response.getSection(Section.AUTHORITY).stream().anyMatch(SOARecord.class::isInstance);
        if (!header.getFlag(Flags.AA) && !referral) {
            if (rcode == Rcode.NXDOMAIN) {
                reasons.add("a name error (NXDOMAIN) for " + qname + " without the authoritative flag (AA)"
                        + (soa ? "" : " and with no SOA, so no negative-cache time"));
            } else if (rcode == Rcode.NOERROR && !answer.isEmpty() && root) {
                reasons.add("a non-authoritative answer for " + qname + " from a root server, with no referral");
            }
        }
        return reasons.isEmpty() ? null : String.join(", ", reasons);
    }

    /** Builds the child zone's server list from the NS records and the glue the parent sent along. */
    private Delegation referral(Message response, Name parent, Name child) {
        Map<Name, Long> nsTtl = new LinkedHashMap<>();
        for (Record r : response.getSection(Section.AUTHORITY)) {
            if (r instanceof NSRecord ns && ns.getName().equals(child)) {
                nsTtl.putIfAbsent(ns.getTarget(), ns.getTTL());
            }
        }
        List<Record> additional = response.getSection(Section.ADDITIONAL);
        List<Server> servers = new ArrayList<>();
        List<DnsTrace.NameServer> shown = new ArrayList<>();
        for (Map.Entry<Name, Long> ns : nsTtl.entrySet()) {
            List<InetAddress> addresses = new ArrayList<>();
            List<DnsTrace.Rr> glue = new ArrayList<>();
            for (Record r : additional) {
                // Glue outside the parent's own zone is not the parent's to vouch for (cache poisoning).
                if (!r.getName().equals(ns.getKey()) || !r.getName().subdomain(parent)) {
                    continue;
                }
                if (r instanceof ARecord a) {
                    addresses.add(a.getAddress());
                    glue.add(rr(r));
                } else if (r instanceof AAAARecord) {
                    glue.add(rr(r));
                }
            }
            addresses.removeIf(a -> !(a instanceof Inet4Address));
            List<String> internal = addresses.stream().map(this::refusal).filter(Objects::nonNull).toList();
            addresses.removeIf(a -> refusal(a) != null);
            Server server = new Server(ns.getKey(), ns.getKey().toString(), addresses);
            server.internalGlue = internal;
            if (addresses.isEmpty() && !internal.isEmpty()) {
                // Its own look-up would most likely land on the same internal address.
                server.refused = "not queried: its glue address " + String.join(", ", internal);
                server.lookedUp = true;
            }
            servers.add(server);
            shown.add(new DnsTrace.NameServer(ns.getKey().toString(), ns.getValue(), List.copyOf(glue)));
        }
        return new Delegation(child, servers, new DnsTrace.Referral(child.toString(), List.copyOf(shown)));
    }

    private static String summary(Resolution r, String name, String type) {
        return switch (r.status()) {
            case ANSWER -> r.records().size() + " " + type + " record(s) for " + name
                    + (r.chain().isEmpty() ? "" : " via " + r.chain().size() + " CNAME(s)") + ".";
            case NXDOMAIN -> (r.chain().isEmpty() ? name : r.chain().get(r.chain().size() - 1).getTarget().toString())
                    + " does not exist (NXDOMAIN).";
            case NODATA -> name + " exists but has no " + type + " records (NODATA).";
            default -> r.status().name();
        };
    }

    private static String lookup(Name name, int type) {
        return name + " " + Type.string(type);
    }

    static List<DnsTrace.Rr> rrs(List<Record> records) {
        return records.stream().filter(r -> r.getType() != Type.OPT).map(IterativeResolver::rr).toList();
    }

    static DnsTrace.Rr rr(Record r) {
        String owner = r.getName().toString();
        return new DnsTrace.Rr(owner, DnsNames.unicodeOrNull(owner), Type.string(r.getType()), r.getTTL(),
                r.rdataToString());
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
