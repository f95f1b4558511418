package dev.prepdeck.demo.dns;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One DNS trace as the API and the widget see it: every query the resolver sent (the steps), the
 * final answer with its CNAME chain, reverse names of the addresses and the stub resolver's view.
 *
 * @param recorded true only for the stored example trace, never for a live one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DnsTrace(String name, String unicodeName, String type, Status status, String rcode, String message,
        List<Rr> answers, List<CnameLink> cnameChain, Long negativeTtl, List<Address> addresses, Stub stub,
        List<Step> steps, int queries, double elapsedMs, String startedAt, Limits limits,
        boolean recorded, String recordedNote, String recordedTraceUrl) {

    /** How a trace ended. */
    public enum Status {
        /** Records of the asked type were found (possibly at the end of a CNAME chain). */
        ANSWER,
        /** The name does not exist. */
        NXDOMAIN,
        /** The name exists but has no records of the asked type. */
        NODATA,
        /** Servers answered but none usefully (SERVFAIL, REFUSED, lame delegations, loops). */
        FAILED,
        /** No server of some zone could be reached at all; for the root zone: this box is offline. */
        UNREACHABLE,
        /** A limit stopped the trace: queries, depth or wall-clock time. */
        LIMIT,
        /** The replies are ones no real server gives: something on the network answers DNS in their place. */
        INTERCEPTED
    }

    /** What one reply (or its absence) meant to the resolver. */
    public enum Outcome {
        REFERRAL, ANSWER, CNAME, NXDOMAIN, NODATA, TRUNCATED, TIMEOUT, UNREACHABLE, SERVFAIL, REFUSED, LAME, ERROR,
        /** A reply no real server would send (see {@link Status#INTERCEPTED}). */
        INTERCEPTED
    }

    /** One query and what came back. {@code purpose}: main, cname, ns-address or ptr. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(int seq, String purpose, String lookup, int depth, String zone, String server,
            String serverAddress, boolean fromCache, String qname, String unicodeQname, String qtype,
            String transport, Outcome outcome, String rcode, Flags flags, Double rttMs, Integer size,
            List<Rr> answers, Referral referral, List<Rr> authority, String detail) {
    }

    /** Header flags of a reply: authoritative, truncated, recursion desired, recursion available. */
    public record Flags(boolean aa, boolean tc, boolean rd, boolean ra) {
    }

    /** A resource record in presentation form. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rr(String name, String unicodeName, String type, long ttl, String data) {
    }

    /** A delegation: the child zone, its name servers and the glue addresses sent along. */
    public record Referral(String zone, List<NameServer> nameServers) {
    }

    /** A name server of a referral; an empty glue list means a glueless delegation. */
    public record NameServer(String name, long ttl, List<Rr> glue) {
    }

    /** One alias in the chain: {@code name} is a CNAME for {@code target}. */
    public record CnameLink(String name, String target, long ttl) {
    }

    /** An address of the final answer and its reverse (PTR) name, if it has one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String address, String reverseName, List<String> ptr, Long ptrTtl, String ptrStatus) {
    }

    /** What the machine's own stub resolver said for the same question. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stub(String mode, String server, String status, List<Rr> answers, List<String> addresses,
            Double elapsedMs, String detail) {
    }

    /** The limits this trace ran under. */
    public record Limits(long queryTimeoutMs, int maxQueries, int maxDepth, long traceTimeoutMs) {
    }

    public DnsTrace withStub(Stub newStub) {
        return new DnsTrace(name, unicodeName, type, status, rcode, message, answers, cnameChain, negativeTtl,
                addresses, newStub, steps, queries, elapsedMs, startedAt, limits, recorded, recordedNote,
                recordedTraceUrl);
    }

    public DnsTrace withRecordedTraceUrl(String url) {
        return new DnsTrace(name, unicodeName, type, status, rcode, message, answers, cnameChain, negativeTtl,
                addresses, stub, steps, queries, elapsedMs, startedAt, limits, recorded, recordedNote, url);
    }
}
