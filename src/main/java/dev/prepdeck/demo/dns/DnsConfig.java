package dev.prepdeck.demo.dns;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the live DNS trace demo ({@code prepdeck.dns.*}). */
@ConfigMapping(prefix = "prepdeck.dns")
public interface DnsConfig {

    /** Root server IP addresses every trace starts from; the default is the 13 IANA root servers (IPv4). */
    @WithDefault("198.41.0.4,170.247.170.2,192.33.4.12,199.7.91.13,192.203.230.10,192.5.5.241,192.112.36.4,"
            + "198.97.190.53,192.36.148.17,192.58.128.30,193.0.14.129,199.7.83.42,202.12.27.33")
    List<String> rootServers();

    /** UDP/TCP port the trace sends its queries to, on every server of the hierarchy. */
    @WithDefault("53")
    int port();

    /**
     * The stub resolver the trace is compared with: {@code system} (this machine's own resolver),
     * an address such as {@code 192.0.2.53}, {@code 127.0.0.1:5353} or {@code [2001:db8::53]:53}, or {@code off}.
     */
    @WithDefault("system")
    String stubResolver();

    /** How long to wait for one server's reply before trying another server of the same zone. */
    @WithDefault("2s")
    Duration queryTimeout();

    /** Most queries one trace may send, reverse (PTR) look-ups included. */
    @WithDefault("60")
    int maxQueries();

    /** Longest CNAME chain, most referrals for one name and deepest nesting of name-server address look-ups. */
    @WithDefault("10")
    int maxDepth();

    /** Wall-clock limit of one whole trace. */
    @WithDefault("15s")
    Duration traceTimeout();

    /** Traces one client (by IP address) may start per minute; 0 turns the limit off. */
    @WithDefault("10")
    int rateLimitPerMinute();

    /** Traces running at once on this server, across all clients. */
    @WithDefault("4")
    int maxConcurrentTraces();
}
