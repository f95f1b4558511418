package dev.prepdeck.demo.timewait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * This host's TIME_WAIT-related kernel settings and the current TIME_WAIT count. A value the host does
 * not expose is {@code null}.
 *
 * @param tcpFinTimeout       {@code net.ipv4.tcp_fin_timeout}: seconds an orphaned socket may stay in
 *                            FIN_WAIT2 (it does not change TIME_WAIT, fixed at 60 s in Linux)
 * @param tcpTwReuse          {@code net.ipv4.tcp_tw_reuse}: 0 off, 1 on, 2 loopback only
 * @param tcpMaxTwBuckets     {@code net.ipv4.tcp_max_tw_buckets}: most TIME_WAIT sockets kept at once
 * @param timeWaitNow         sockets in TIME_WAIT now ({@code tw} in {@code /proc/net/sockstat})
 * @param clockTicksPerSecond USER_HZ, the unit of {@code tm->when}
 */
public record HostFacts(Integer tcpFinTimeout, Integer tcpTwReuse, Integer tcpMaxTwBuckets, Integer timeWaitNow,
        int clockTicksPerSecond) {

    /** Linux's USER_HZ on every mainstream architecture; used when {@code getconf} is not there. */
    public static final int DEFAULT_CLOCK_TICKS = 100;

    /** Reads the facts from procfs mounted at {@code procRoot}. */
    public static HostFacts read(Path procRoot, int clockTicksPerSecond) {
        Path ipv4 = procRoot.resolve("sys/net/ipv4");
        Integer tw;
        try {
            tw = SockStat.parse(Files.readAllLines(procRoot.resolve("net/sockstat"))).timeWait();
        } catch (IOException | IllegalArgumentException e) {
            tw = null;
        }
        return new HostFacts(number(ipv4.resolve("tcp_fin_timeout")), number(ipv4.resolve("tcp_tw_reuse")),
                number(ipv4.resolve("tcp_max_tw_buckets")), tw, clockTicksPerSecond);
    }

    /** A single-number file under /proc/sys, or null when absent or unreadable. */
    static Integer number(Path file) {
        try {
            // readAllLines, not readString: procfs reports size 0 and readString came back with one byte.
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? null : Integer.valueOf(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Asks {@code getconf CLK_TCK} once; falls back to {@link #DEFAULT_CLOCK_TICKS}. */
    public static int detectClockTicks() {
        try {
            Process process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try {
                process.getOutputStream().close();
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    return DEFAULT_CLOCK_TICKS;
                }
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                int ticks = Integer.parseInt(out);
                return ticks > 0 ? ticks : DEFAULT_CLOCK_TICKS;
            } finally {
                process.getInputStream().close();
                process.destroy();
            }
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_CLOCK_TICKS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT_CLOCK_TICKS;
        }
    }
}
