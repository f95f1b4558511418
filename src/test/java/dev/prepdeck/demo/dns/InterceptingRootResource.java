package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Map;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A "root server" on loopback that answers like a DNS-intercepting network: every query at once with NXDOMAIN,
 * recursion available (RA), no AA and no SOA. NSD cannot be told to answer like this (it is authoritative only:
 * it always sets AA and sends the SOA), so this is a plain UDP responder.
 */
public class InterceptingRootResource implements QuarkusTestResourceLifecycleManager {

    static final String ADDRESS = "127.0.0.14";

    private DatagramSocket socket;
    private Thread responder;

    @Override
    public Map<String, String> start() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(ADDRESS, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        responder = new Thread(this::answerEverything, "intercepting-root");
        responder.setDaemon(true);
        responder.start();
        return Map.of(
                "prepdeck.dns.root-servers", ADDRESS,
                "prepdeck.dns.port", String.valueOf(socket.getLocalPort()),
                "prepdeck.dns.stub-resolver", "off",
                "prepdeck.dns.query-timeout", "1s",
                "prepdeck.dns.trace-timeout", "5s",
                "prepdeck.dns.rate-limit-per-minute", "1000");
    }

    private void answerEverything() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Message reply = new Message(query.getHeader().getID());
                reply.getHeader().setFlag(Flags.QR);
                reply.getHeader().setFlag(Flags.RA);
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
                reply.addRecord(query.getQuestion(), Section.QUESTION);
                byte[] wire = reply.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // closed on stop, or an unparsable packet: keep serving until the socket is gone
            }
        }
    }

    @Override
    public void stop() {
        if (socket != null) {
            socket.close();
        }
    }

    /** Quarkus tests whose only root is the intercepting one. */
    public static class Profile implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(InterceptingRootResource.class));
        }
    }
}
