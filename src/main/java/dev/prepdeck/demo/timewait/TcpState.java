package dev.prepdeck.demo.timewait;

/**
 * TCP states as the Linux kernel numbers them in {@code /proc/net/tcp} ({@code st} column, see
 * {@code include/net/tcp_states.h}).
 */
public enum TcpState {
    ESTABLISHED(0x01),
    SYN_SENT(0x02),
    SYN_RECV(0x03),
    FIN_WAIT1(0x04),
    FIN_WAIT2(0x05),
    TIME_WAIT(0x06),
    CLOSE(0x07),
    CLOSE_WAIT(0x08),
    LAST_ACK(0x09),
    LISTEN(0x0A),
    CLOSING(0x0B),
    NEW_SYN_RECV(0x0C),
    /** A code this table does not know, e.g. from a newer kernel. */
    UNKNOWN(-1);

    private final int code;

    TcpState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TcpState fromCode(int code) {
        for (TcpState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
