package dev.prepdeck.demo.timewait;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of {@code /proc/net/tcp} and {@code /proc/net/tcp6} into {@link KernelSocket}s.
 *
 * <p>The kernel prints each address as 32-bit words in the host's byte order ({@code %08X} of the raw
 * value), so on a little-endian machine {@code 0100007F} is 127.0.0.1. Ports are printed in normal
 * (host) order. {@code tm->when} is in clock ticks of USER_HZ.
 */
public final class ProcNetTcpParser {

    private final ByteOrder hostOrder;

    /** A parser for text produced on this machine. */
    public ProcNetTcpParser() {
        this(ByteOrder.nativeOrder());
    }

    /** A parser for text produced on a machine with the given byte order. */
    public ProcNetTcpParser(ByteOrder hostOrder) {
        this.hostOrder = hostOrder;
    }

    /**
     * Parses a whole table; the header line and blank lines are skipped.
     *
     * @param table {@code tcp} or {@code tcp6}, recorded on every row
     * @throws IllegalArgumentException if a row cannot be read
     */
    public List<KernelSocket> parse(String table, List<String> lines) {
        List<KernelSocket> sockets = new ArrayList<>(lines.size());
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("sl ")) {
                continue;
            }
            sockets.add(parseRow(table, trimmed));
        }
        return sockets;
    }

    /** Parses one row such as {@code 12: 0100007F:8AD6 0100007F:AA7F 06 00000000:00000000 03:000016D4 ...}. */
    public KernelSocket parseRow(String table, String row) {
        String[] f = row.strip().split("\\s+");
        if (f.length < 10 || !f[0].endsWith(":")) {
            throw new IllegalArgumentException("not a /proc/net/" + table + " row: " + row);
        }
        try {
            Endpoint local = endpoint(f[1]);
            Endpoint remote = endpoint(f[2]);
            int stateCode = Integer.parseInt(f[3], 16);
            String[] timer = pair(f[5]);
            int timerCode = Integer.parseInt(timer[0], 16);
            long ticks = ticks(timer[1]);
            return new KernelSocket(table, local.address, remote.address, TcpState.fromCode(stateCode), stateCode,
                    KernelSocket.Timer.fromCode(timerCode), ticks, (int) Long.parseLong(f[6], 16),
                    Integer.parseInt(f[7]), Long.parseLong(f[9]), local.kernelText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unreadable /proc/net/" + table + " row: " + row, e);
        }
    }

    private record Endpoint(InetSocketAddress address, String kernelText) {
    }

    private Endpoint endpoint(String field) {
        String[] parts = pair(field);
        byte[] raw = addressBytes(parts[0]);
        int port = Integer.parseInt(parts[1], 16);
        try {
            // getByAddress turns ::ffff:a.b.c.d into an Inet4Address, so dual-stack sockets compare
            // equal to the IPv4 addresses Java reports for them.
            InetAddress address = InetAddress.getByAddress(raw);
            return new Endpoint(new InetSocketAddress(address, port), kernelText(raw) + ":" + port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address " + field, e);
        }
    }

    private byte[] addressBytes(String hex) {
        if (hex.length() != 8 && hex.length() != 32) {
            throw new IllegalArgumentException("address must be 8 or 32 hex digits: " + hex);
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < hex.length() / 8; word++) {
            long value = Long.parseLong(hex.substring(word * 8, word * 8 + 8), 16);
            for (int i = 0; i < 4; i++) {
                // The printed number is the word as the CPU sees it; memory order depends on endianness.
                int shift = hostOrder == ByteOrder.LITTLE_ENDIAN ? 8 * i : 8 * (3 - i);
                bytes[word * 4 + i] = (byte) (value >>> shift);
            }
        }
        return bytes;
    }

    /** The address as text, IPv6 in brackets and compressed ({@code [::1]}, {@code [::ffff:127.0.0.1]}). */
    private static String kernelText(byte[] raw) {
        if (raw.length == 4) {
            return dotted(raw, 0);
        }
        boolean mapped = (raw[10] & 0xff) == 0xff && (raw[11] & 0xff) == 0xff;
        for (int i = 0; i < 10; i++) {
            mapped &= raw[i] == 0;
        }
        if (mapped) {
            return "[::ffff:" + dotted(raw, 12) + "]";
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((raw[2 * i] & 0xff) << 8) | (raw[2 * i + 1] & 0xff);
        }
        // RFC 5952: the longest run of two or more zero groups becomes "::".
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 1 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.append(']').toString();
    }

    private static String dotted(byte[] raw, int from) {
        return (raw[from] & 0xff) + "." + (raw[from + 1] & 0xff) + "." + (raw[from + 2] & 0xff) + "."
                + (raw[from + 3] & 0xff);
    }

    private static long ticks(String hex) {
        long value = Long.parseUnsignedLong(hex, 16);
        // Older kernels printed an already-expired timer as a negative number in unsigned form.
        return Long.compareUnsigned(value, Integer.MAX_VALUE) > 0 ? 0 : value;
    }

    private static String[] pair(String field) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected a:b in " + field);
        }
        return new String[] {field.substring(0, colon), field.substring(colon + 1)};
    }
}
