package dev.prepdeck.demo.dns;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Which name-server addresses a trace may send queries to. A referral's glue comes from whoever answers, so a
 * hostile zone could point the demo at this server's own network (loopback, the cloud metadata address, private
 * ranges) or at broadcast and multicast groups; those are refused unless the trace itself starts there.
 */
final class ServerAddresses {

    private ServerAddresses() {
    }

    /** Why an address is not on the public Internet ("loopback", "private", …), or null when it is. */
    static String nonPublic(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            if (address.isLoopbackAddress()) {
                return "loopback";
            }
            if (address.isLinkLocalAddress()) {
                return "link-local";
            }
            if (address.isSiteLocalAddress() || (address.getAddress()[0] & 0xfe) == 0xfc) {
                return "private";
            }
            if (address.isMulticastAddress()) {
                return "multicast";
            }
            return address.isAnyLocalAddress() ? "reserved" : null;
        }
        byte[] b = address.getAddress();
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        if (a == 255 && second == 255 && third == 255 && (b[3] & 0xff) == 255) {
            return "broadcast";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || (a == 172 && second >= 16 && second <= 31) || (a == 192 && second == 168)) {
            return "private";
        }
        if (a == 169 && second == 254) {
            return "link-local";
        }
        if (a == 100 && second >= 64 && second <= 127) {
            return "shared (carrier-grade NAT)";
        }
        if (a >= 224 && a <= 239) {
            return "multicast";
        }
        if (a == 0 || a >= 240
                || (a == 192 && second == 0 && (third == 0 || third == 2))
                || (a == 198 && (second == 18 || second == 19))
                || (a == 198 && second == 51 && third == 100)
                || (a == 203 && second == 0 && third == 113)) {
            return "reserved";
        }
        return null;
    }

    /** True when every configured root is itself not public: a test or lab hierarchy on a local network. */
    static boolean allLocal(Iterable<InetAddress> roots) {
        for (InetAddress root : roots) {
            if (nonPublic(root) == null) {
                return false;
            }
        }
        return true;
    }
}
