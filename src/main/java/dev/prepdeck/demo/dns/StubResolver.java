package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.xbill.DNS.Address;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Asks the same question the way ordinary programs do, through a stub resolver that lets a recursive
 * resolver (and its cache) do the work, so the page can show the difference: cached TTLs counting
 * down, or a different answer from a resolver that sees another view of the DNS.
 */
public final class StubResolver {

    /** Where the stub's questions go. */
    public enum Mode {
        /** No comparison. */
        OFF,
        /** This machine's resolver: getaddrinfo for A/AAAA, the first resolv.conf server otherwise. */
        SYSTEM,
        /** One configured recursive resolver. */
        SERVER
    }

    private final Mode mode;
    private final InetSocketAddress server;
    private final DnsTransport transport;
    private final Executor executor;

    private StubResolver(Mode mode, InetSocketAddress server, DnsTransport transport, Executor executor) {
        this.mode = mode;
        this.server = server;
        this.transport = transport;
        this.executor = executor;
    }

    /**
     * Reads {@code prepdeck.dns.stub-resolver}: {@code system}, {@code off}, or an IP address with an
     * optional port ({@code 192.0.2.53}, {@code 127.0.0.1:5353}, {@code [2001:db8::53]:53}).
     *
     * @param executor runs the blocking system look-up so that it can be abandoned at its timeout
     */
    public static StubResolver fromSetting(String setting, DnsTransport transport, Executor executor) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return new StubResolver(Mode.OFF, null, transport, executor);
        }
        if (value.equals("system")) {
            return new StubResolver(Mode.SYSTEM, null, transport, executor);
        }
        return new StubResolver(Mode.SERVER, parseServer(value), transport, executor);
    }

    static InetSocketAddress parseServer(String value) {
        String host = value;
        int port = 53;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("stub resolver: missing ']' in " + value);
            }
            host = value.substring(1, close);
            if (value.length() > close + 1) {
                port = parsePort(value.substring(close + 1));
            }
        } else if (value.chars().filter(c -> c == ':').count() == 1) {
            int colon = value.indexOf(':');
            host = value.substring(0, colon);
            port = parsePort(value.substring(colon));
        }
        try {
            return new InetSocketAddress(Address.getByAddress(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("stub resolver must be 'system', 'off' or an IP address, not '"
                    + value + "'");
        }
    }

    private static int parsePort(String colonPort) {
        if (!colonPort.startsWith(":")) {
            throw new IllegalArgumentException("stub resolver: expected ':port' but found " + colonPort);
        }
        int port = Integer.parseInt(colonPort.substring(1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("stub resolver: port must be 1-65535");
        }
        return port;
    }

    public Mode mode() {
        return mode;
    }

    /** Looks the name up through the stub; never takes longer than {@code timeout}. */
    public DnsTrace.Stub lookup(DnsNames.DnsName name, String type, Duration timeout) {
        return switch (mode) {
            case OFF -> new DnsTrace.Stub("off", null, "OFF", null, null, null,
                    "The comparison with a stub resolver is turned off (prepdeck.dns.stub-resolver=off).");
            case SYSTEM -> type.equals("A") || type.equals("AAAA") ? viaGetaddrinfo(name, type, timeout)
                    : viaSystemServer(name, type, timeout);
            case SERVER -> ask("server", server, name, type, timeout);
        };
    }

    private DnsTrace.Stub viaGetaddrinfo(DnsNames.DnsName name, String type, Duration timeout) {
        long start = System.nanoTime();
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(name.ascii());
            } catch (UnknownHostException e) {
                return new InetAddress[0];
            }
        }, executor);
        String via = "getaddrinfo";
        try {
            InetAddress[] all = lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Class<?> family = type.equals("A") ? Inet4Address.class : Inet6Address.class;
            List<String> addresses = Arrays.stream(all).filter(family::isInstance).map(InetAddress::getHostAddress)
                    .toList();
            return new DnsTrace.Stub("system", via, addresses.isEmpty() ? "NO_ADDRESS" : "ANSWER", null, addresses,
                    elapsed(start), "The operating system's resolver (getaddrinfo through the JVM): it may answer"
                    + " from /etc/hosts, a local cache, the JVM's own 30-second cache or the resolver in"
                    + " /etc/resolv.conf, and shows no TTLs.");
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return new DnsTrace.Stub("system", via, "TIMEOUT", null, null, elapsed(start),
                    "No answer within " + timeout.toMillis() + " ms.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DnsTrace.Stub("system", via, "ERROR", null, null, elapsed(start), "interrupted");
        } catch (ExecutionException e) {
            return new DnsTrace.Stub("system", via, "ERROR", null, null, elapsed(start), e.getCause().toString());
        }
    }

    private DnsTrace.Stub viaSystemServer(DnsNames.DnsName name, String type, Duration timeout) {
        List<InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
        if (servers.isEmpty()) {
            return new DnsTrace.Stub("system", null, "UNAVAILABLE", null, null, null,
                    "This machine has no resolver configured.");
        }
        return ask("system", servers.get(0), name, type, timeout);
    }

    /** Sends one recursive query (RD set): the recursive resolver answers from its cache or resolves for us. */
    private DnsTrace.Stub ask(String shownMode, InetSocketAddress target, DnsNames.DnsName name, String type,
            Duration timeout) {
        long start = System.nanoTime();
        String shownServer = target.getAddress().getHostAddress() + (target.getPort() == 53 ? "" : ":" + target.getPort());
        try {
            Name qname = Name.fromString(name.fqdn());
            int qtype = Type.value(type);
            Message query = Message.newQuery(Record.newRecord(qname, qtype, DClass.IN));
            query.addRecord(new OPTRecord(IterativeResolver.EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
            Message reply = transport.exchange(target, query, false, timeout);
            if (reply.getHeader().getFlag(Flags.TC)) {
                long left = timeout.toNanos() - (System.nanoTime() - start);
                reply = transport.exchange(target, query, true, Duration.ofNanos(Math.max(1_000_000, left)));
            }
            List<Record> relevant = new ArrayList<>();
            for (Record r : reply.getSection(Section.ANSWER)) {
                if (r.getType() == qtype || r instanceof CNAMERecord) {
                    relevant.add(r);
                }
            }
            String status;
            if (reply.getRcode() != Rcode.NOERROR) {
                status = Rcode.string(reply.getRcode());
            } else if (relevant.stream().anyMatch(r -> r.getType() == qtype)) {
                status = "ANSWER";
            } else {
                // Only the alias: a server that does not recurse stops at the edge of its own zone.
                status = relevant.isEmpty() ? "NODATA" : "CNAME";
            }
            String detail = "Recursive resolver " + shownServer + (reply.getHeader().getFlag(Flags.RA)
                    ? " (recursion available)" : " (did not offer recursion)")
                    + ": TTLs below the authoritative ones mean the answer came from its cache.";
            return new DnsTrace.Stub(shownMode, shownServer, status, IterativeResolver.rrs(relevant), null,
                    elapsed(start), detail);
        } catch (SocketTimeoutException e) {
            return new DnsTrace.Stub(shownMode, shownServer, "TIMEOUT", null, null, elapsed(start),
                    "No answer within " + timeout.toMillis() + " ms.");
        } catch (IOException e) {
            return new DnsTrace.Stub(shownMode, shownServer, "ERROR", null, null, elapsed(start), e.toString());
        }
    }

    private static double elapsed(long start) {
        return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    }
}
