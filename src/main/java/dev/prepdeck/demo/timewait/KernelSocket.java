package dev.prepdeck.demo.timewait;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * One row of the kernel's TCP socket table ({@code /proc/net/tcp} or {@code /proc/net/tcp6}).
 *
 * @param table       {@code tcp} or {@code tcp6}: which file listed the socket
 * @param local       local address; IPv4-mapped IPv6 addresses come back as IPv4
 * @param remote      remote address
 * @param state       decoded state
 * @param stateCode   the raw {@code st} value
 * @param timer       which timer is pending ({@code tr})
 * @param timerTicks  time left on that timer ({@code tm->when}) in clock ticks (USER_HZ), not jiffies
 * @param retransmits the {@code retrnsmt} column
 * @param uid         owner uid
 * @param inode       socket inode; 0 for TIME_WAIT entries, which no file descriptor refers to
 * @param kernelLocal the local address as the kernel printed it, decoded but not normalised
 *                    (e.g. {@code ::ffff:127.0.0.1})
 */
public record KernelSocket(String table, InetSocketAddress local, InetSocketAddress remote, TcpState state,
        int stateCode, Timer timer, long timerTicks, int retransmits, int uid, long inode, String kernelLocal) {

    /** The {@code tr} column: which of the socket's timers the kernel reports. */
    public enum Timer {
        NONE(0),
        /** Retransmission, loss probe or SYN-ACK timer. */
        RETRANSMIT(1),
        /** The socket's own timer, usually keepalive (or the FIN_WAIT2 timer). */
        KEEPALIVE(2),
        /** The TIME_WAIT (2MSL) timer. */
        TIME_WAIT(3),
        /** Zero-window probe timer: the peer advertised no room, so data (and any FIN behind it) waits. */
        ZERO_WINDOW_PROBE(4),
        OTHER(-1);

        private final int code;

        Timer(int code) {
            this.code = code;
        }

        public static Timer fromCode(int code) {
            for (Timer timer : values()) {
                if (timer.code == code) {
                    return timer;
                }
            }
            return OTHER;
        }
    }

    /** Time left on the reported timer, given the host's clock ticks per second (USER_HZ). */
    public Duration timerRemaining(int clockTicksPerSecond) {
        if (timer == Timer.NONE) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(timerTicks * 1000L / clockTicksPerSecond);
    }

    /** Whether this row is the connection with exactly this local and remote address. */
    public boolean is(InetSocketAddress localAddress, InetSocketAddress remoteAddress) {
        return local.equals(localAddress) && remote.equals(remoteAddress);
    }
}
