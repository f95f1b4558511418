package dev.prepdeck.demo.dns;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.xbill.DNS.Message;

/** Real UDP and TCP sockets: one fresh socket (and random source port) per query. */
public final class SocketDnsTransport implements DnsTransport {

    private static final int MAX_UDP = 65535;

    @Override
    public Message exchange(InetSocketAddress server, Message query, boolean tcp, Duration timeout)
            throws IOException {
        return tcp ? overTcp(server, query, timeout) : overUdp(server, query, timeout);
    }

    private static Message overUdp(InetSocketAddress server, Message query, Duration timeout) throws IOException {
        byte[] wire = query.toWire();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (DatagramSocket socket = new DatagramSocket()) {
            // Connecting makes the kernel drop datagrams from other sources and report ICMP port unreachable.
            socket.connect(server);
            socket.send(new DatagramPacket(wire, wire.length));
            byte[] buffer = new byte[MAX_UDP];
            while (true) {
                int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                if (deadline - System.nanoTime() <= 0) {
                    throw new SocketTimeoutException("no reply within " + timeout.toMillis() + " ms");
                }
                socket.setSoTimeout(left);
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message reply = parse(buffer, packet.getLength());
                // A reply with another id is not ours (late or spoofed): keep waiting for the right one.
                if (reply != null && reply.getHeader().getID() == query.getHeader().getID()) {
                    return reply;
                }
            }
        }
    }

    private static Message overTcp(InetSocketAddress server, Message query, Duration timeout) throws IOException {
        byte[] wire = query.toWire();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(server, (int) Math.max(1, timeout.toMillis()));
            int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            socket.setSoTimeout(left);
            OutputStream out = socket.getOutputStream();
            byte[] framed = new byte[wire.length + 2];
            framed[0] = (byte) (wire.length >>> 8);
            framed[1] = (byte) wire.length;
            System.arraycopy(wire, 0, framed, 2, wire.length);
            out.write(framed);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int length = in.readUnsignedShort();
            byte[] body = in.readNBytes(length);
            if (body.length != length) {
                throw new IOException("connection closed in the middle of a reply");
            }
            Message reply = parse(body, length);
            if (reply == null || reply.getHeader().getID() != query.getHeader().getID()) {
                throw new IOException("the reply does not match the query");
            }
            return reply;
        }
    }

    private static Message parse(byte[] buffer, int length) {
        byte[] copy = new byte[length];
        System.arraycopy(buffer, 0, copy, 0, length);
        try {
            return new Message(copy);
        } catch (IOException e) {
            return null;
        }
    }
}
