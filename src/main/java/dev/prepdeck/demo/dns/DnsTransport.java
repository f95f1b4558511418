package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.xbill.DNS.Message;

/** Sends one DNS message to one server and returns its reply; the resolver's only way out. */
public interface DnsTransport {

    /**
     * @throws java.net.SocketTimeoutException when no reply came within {@code timeout}
     * @throws IOException when the server cannot be reached or the reply cannot be parsed
     */
    Message exchange(InetSocketAddress server, Message query, boolean tcp, Duration timeout) throws IOException;
}
