package dev.prepdeck.demo.timewait;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP line of {@code /proc/net/sockstat}, e.g.
 * {@code TCP: inuse 11 orphan 0 tw 4 alloc 14 mem 369}. Counts cover IPv4 and IPv6 sockets of this
 * network namespace; {@code tw} is the number of sockets in TIME_WAIT right now.
 */
public record SockStat(int inUse, int orphan, int timeWait, int allocated, int memoryPages) {

    /**
     * Reads the TCP line out of the whole file.
     *
     * @throws IllegalArgumentException if there is no TCP line or a count is missing
     */
    public static SockStat parse(List<String> lines) {
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 0 || !f[0].equals("TCP:")) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 1; i + 1 < f.length; i += 2) {
                counts.put(f[i], Integer.parseInt(f[i + 1]));
            }
            return new SockStat(need(counts, "inuse"), need(counts, "orphan"), need(counts, "tw"),
                    need(counts, "alloc"), need(counts, "mem"));
        }
        throw new IllegalArgumentException("no TCP line in sockstat");
    }

    private static int need(Map<String, Integer> counts, String key) {
        Integer value = counts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("sockstat TCP line has no " + key);
        }
        return value;
    }
}
