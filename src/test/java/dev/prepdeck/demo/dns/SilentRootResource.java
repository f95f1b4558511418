package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A root server that receives queries and never answers, so each trace runs until its timeout. */
public class SilentRootResource implements QuarkusTestResourceLifecycleManager {

    private DatagramSocket socket;

    @Override
    public Map<String, String> start() {
        try {
            socket = new DatagramSocket(new InetSocketAddress("127.0.0.13", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "prepdeck.dns.root-servers", "127.0.0.13",
                "prepdeck.dns.port", String.valueOf(socket.getLocalPort()),
                "prepdeck.dns.query-timeout", "5s",
                "prepdeck.dns.trace-timeout", "5s",
                "prepdeck.dns.max-concurrent-traces", "1",
                "prepdeck.dns.rate-limit-per-minute", "100");
    }

    @Override
    public void stop() {
        if (socket != null) {
            socket.close();
        }
    }
}
