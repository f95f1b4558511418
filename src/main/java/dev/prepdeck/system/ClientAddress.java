package dev.prepdeck.system;

/**
 * The client address that throttles count by. Behind a proxy the left-most {@code X-Forwarded-For} entry is whatever
 * the client chose to send, so rotating it would dodge every limit; the right-most entry is the one the trusted
 * proxy itself added, the address it saw. Pure: no framework.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The right-most address of {@code forwardedFor} when {@code behindProxy}, else {@code socketAddress} (also when
     * the header is missing or empty).
     */
    public static String of(boolean behindProxy, String forwardedFor, String socketAddress) {
        String fallback = socketAddress == null || socketAddress.isBlank() ? "unknown" : socketAddress;
        if (!behindProxy || forwardedFor == null) {
            return fallback;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty()) {
                return hop;
            }
        }
        return fallback;
    }
}
