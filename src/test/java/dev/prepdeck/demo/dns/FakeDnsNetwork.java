package dev.prepdeck.demo.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * An in-JVM stand-in for a set of authoritative servers, answering from dnsjava {@link Zone}s the way
 * NSD does (referrals with glue, AA answers, in-zone CNAME chasing, SOA with negative answers, REFUSED
 * for zones it does not serve, TC over UDP when the reply exceeds the client's buffer). Time is a
 * counter the resolver reads, so timeouts cost no real waiting.
 */
final class FakeDnsNetwork implements DnsTransport {

    /** One query as it reached a server. */
    record Sent(String server, int port, Message query, boolean tcp) {
    }

    private final Map<String, List<Zone>> servers = new HashMap<>();
    private final Set<String> silent = new HashSet<>();
    private final Map<String, UnaryOperator<Message>> rewrites = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private long perQueryNanos = 3_000_000L;

    static FakeDnsNetwork ofTestHierarchy() {
        FakeDnsNetwork network = new FakeDnsNetwork();
        TestHierarchy.servers().forEach((address, zones) -> zones.forEach((origin, text) ->
                network.serve(address, origin, text)));
        return network;
    }

    FakeDnsNetwork serve(String address, String origin, String masterFile) {
        try {
            Name name = Name.fromString(origin);
            List<Record> records = new ArrayList<>();
            try (Master master = new Master(new ByteArrayInputStream(masterFile.getBytes(StandardCharsets.UTF_8)),
                    name)) {
                for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                    records.add(r);
                }
            }
            servers.computeIfAbsent(address, a -> new ArrayList<>()).add(new Zone(name, records.toArray(new Record[0])));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server at this address receives queries but never replies. */
    FakeDnsNetwork silence(String address) {
        silent.add(address);
        return this;
    }

    /** Changes what the server at this address replies. */
    FakeDnsNetwork rewrite(String address, UnaryOperator<Message> rewrite) {
        rewrites.put(address, rewrite);
        return this;
    }

    /** Makes each reply take this long on the fake clock. */
    FakeDnsNetwork latency(Duration latency) {
        perQueryNanos = latency.toNanos();
        return this;
    }

    long nanoTime() {
        return clock.get();
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public Message exchange(InetSocketAddress server, Message query, boolean tcp, Duration timeout)
            throws IOException {
        String address = server.getAddress().getHostAddress();
        sent.add(new Sent(address, server.getPort(), query, tcp));
        if (silent.contains(address)) {
            clock.addAndGet(timeout.toNanos());
            throw new SocketTimeoutException("no reply");
        }
        List<Zone> zones = servers.get(address);
        if (zones == null) {
            clock.addAndGet(100_000L);
            throw new PortUnreachableException("ICMP port unreachable");
        }
        clock.addAndGet(Math.min(perQueryNanos, timeout.toNanos()));
        if (perQueryNanos > timeout.toNanos()) {
            throw new SocketTimeoutException("no reply in time");
        }
        Message onWire = new Message(query.toWire());
        Message reply = answer(zones, onWire);
        UnaryOperator<Message> rewrite = rewrites.get(address);
        if (rewrite != null) {
            reply = rewrite.apply(reply);
        }
        byte[] wire = reply.toWire();
        OPTRecord opt = onWire.getOPT();
        int limit = opt != null ? Math.max(512, opt.getPayloadSize()) : 512;
        if (!tcp && wire.length > limit) {
            Message truncated = new Message(onWire.getHeader().getID());
            truncated.getHeader().setFlag(Flags.QR);
            truncated.getHeader().setFlag(Flags.AA);
            truncated.getHeader().setFlag(Flags.TC);
            truncated.addRecord(onWire.getQuestion(), Section.QUESTION);
            wire = truncated.toWire();
        }
        return new Message(wire);
    }

    static Message answer(List<Zone> zones, Message query) {
        Record question = query.getQuestion();
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        reply.addRecord(question, Section.QUESTION);
        Zone zone = zones.stream().filter(z -> question.getName().subdomain(z.getOrigin()))
                .max(Comparator.comparingInt(z -> z.getOrigin().labels())).orElse(null);
        if (zone == null) {
            reply.getHeader().setRcode(Rcode.REFUSED);
            return reply;
        }
        fill(reply, zone, question.getName(), question.getType());
        return reply;
    }

    private static void fill(Message reply, Zone zone, Name name, int type) {
        SetResponse found = zone.findRecords(name, type);
        if (found.isDelegation()) {
            RRset ns = found.getNS();
            for (Record r : ns.rrs()) {
                reply.addRecord(r, Section.AUTHORITY);
                Name target = ((org.xbill.DNS.NSRecord) r).getTarget();
                for (int glueType : new int[] {Type.A, Type.AAAA}) {
                    RRset glue = target.subdomain(zone.getOrigin()) ? zone.findExactMatch(target, glueType) : null;
                    if (glue != null) {
                        glue.rrs().forEach(g -> reply.addRecord(g, Section.ADDITIONAL));
                    }
                }
            }
            return;
        }
        reply.getHeader().setFlag(Flags.AA);
        if (found.isSuccessful()) {
            for (RRset set : found.answers()) {
                set.rrs().forEach(r -> reply.addRecord(r, Section.ANSWER));
            }
        } else if (found.isCNAME()) {
            CNAMERecord cname = found.getCNAME();
            if (reply.findRecord(cname, Section.ANSWER)) {
                return;
            }
            reply.addRecord(cname, Section.ANSWER);
            if (cname.getTarget().subdomain(zone.getOrigin())) {
                fill(reply, zone, cname.getTarget(), type);
            }
        } else if (found.isNXDOMAIN()) {
            reply.getHeader().setRcode(Rcode.NXDOMAIN);
            reply.addRecord(zone.getSOA(), Section.AUTHORITY);
        } else if (found.isNXRRSET()) {
            reply.addRecord(zone.getSOA(), Section.AUTHORITY);
        }
    }
}
