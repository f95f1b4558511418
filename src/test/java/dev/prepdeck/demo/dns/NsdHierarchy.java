package dev.prepdeck.demo.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Runs {@link TestHierarchy} on real NSD: one {@code nsd -d} process per loopback address, all on one
 * unprivileged port, with configuration and zone files in a temporary folder. Ready once every server
 * answers a query for its own zone; {@link #close()} stops the processes and removes the folder.
 */
final class NsdHierarchy implements AutoCloseable {

    private static final int FIRST_PORT = 15353;
    private static final Duration READY_WITHIN = Duration.ofSeconds(15);

    private final Path dir;
    private final int port;
    private final List<Process> processes = new ArrayList<>();

    private final Thread stopOnExit = new Thread(this::stopProcesses, "nsd-stop");

    private NsdHierarchy(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        // Should the test JVM be stopped before close(), the NSD processes must not outlive it.
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Writes the zones, starts NSD on every server address and waits until each one answers. */
    static NsdHierarchy start() {
        String nsd = nsdBinary();
        try {
            NsdHierarchy hierarchy = new NsdHierarchy(Files.createTempDirectory("prepdeck-nsd"), freePort());
            try {
                for (Map.Entry<String, Map<String, String>> server : TestHierarchy.servers().entrySet()) {
                    hierarchy.launch(nsd, server.getKey(), server.getValue());
                }
                hierarchy.awaitReady();
                return hierarchy;
            } catch (RuntimeException | IOException e) {
                hierarchy.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    private static String nsdBinary() {
        String nsd = System.getProperty("nsd.binary", "/usr/sbin/nsd");
        if (!Files.isExecutable(Path.of(nsd))) {
            throw new IllegalStateException(nsd + " not found: install NSD (apt-get install -y nsd) or run"
                    + " .ci/setup-dns.sh; these tests are tagged 'nsd'.");
        }
        return nsd;
    }

    private void launch(String nsd, String address, Map<String, String> zones) throws IOException {
        Path home = Files.createDirectories(dir.resolve(address));
        StringBuilder conf = new StringBuilder();
        conf.append("server:\n")
                .append("  ip-address: ").append(address).append('\n')
                .append("  port: ").append(port).append('\n')
                .append("  username: \"\"\n")
                .append("  chroot: \"\"\n")
                .append("  zonesdir: \"").append(home).append("\"\n")
                .append("  database: \"\"\n")
                .append("  zonelistfile: \"").append(home.resolve("zone.list")).append("\"\n")
                .append("  xfrdfile: \"").append(home.resolve("xfrd.state")).append("\"\n")
                .append("  xfrdir: \"").append(home).append("\"\n")
                .append("  pidfile: \"").append(home.resolve("nsd.pid")).append("\"\n")
                .append("  logfile: \"").append(home.resolve("nsd.log")).append("\"\n")
                .append("  server-count: 1\n")
                .append("  do-ip6: no\n")
                .append("  hide-version: yes\n")
                .append("  verbosity: 1\n")
                .append("remote-control:\n")
                .append("  control-enable: no\n");
        int i = 0;
        for (Map.Entry<String, String> zone : zones.entrySet()) {
            String file = "zone" + (i++) + ".zone";
            Files.writeString(home.resolve(file), zone.getValue(), StandardCharsets.UTF_8);
            conf.append("zone:\n  name: \"").append(zone.getKey()).append("\"\n  zonefile: \"").append(file)
                    .append("\"\n");
        }
        Path confFile = home.resolve("nsd.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(nsd, "-d", "-c", confFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("stdout.log").toFile())
                .start();
        processes.add(process);
    }

    private void awaitReady() {
        SocketDnsTransport transport = new SocketDnsTransport();
        List<String> addresses = new ArrayList<>(TestHierarchy.servers().keySet());
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            Process process = processes.get(i);
            Name zone = Name.fromConstantString(TestHierarchy.servers().get(address).keySet().iterator().next());
            try {
                Awaitility.await("NSD on " + address + ":" + port).atMost(READY_WITHIN)
                        .pollInterval(Duration.ofMillis(25)).ignoreExceptions()
                        .until(() -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException("NSD on " + address + " exited: " + log(address));
                            }
                            Message query = Message.newQuery(Record.newRecord(zone, Type.SOA, DClass.IN));
                            Message reply = transport.exchange(new InetSocketAddress(address, port), query, false,
                                    Duration.ofMillis(200));
                            return reply.getRcode() == Rcode.NOERROR && reply.getHeader().getFlag(Flags.AA);
                        });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new IllegalStateException("NSD on " + address + ":" + port + " did not answer: " + log(address), e);
            }
        }
    }

    private String log(String address) {
        StringBuilder text = new StringBuilder();
        for (String file : List.of("stdout.log", "nsd.log")) {
            Path path = dir.resolve(address).resolve(file);
            try {
                if (Files.exists(path)) {
                    text.append(Files.readString(path)).append('\n');
                }
            } catch (IOException e) {
                text.append("(cannot read ").append(path).append(")\n");
            }
        }
        return text.toString();
    }

    /** The first port from 15353 on that is free over UDP and TCP on every address the hierarchy uses. */
    private static int freePort() {
        List<String> addresses = new ArrayList<>(TestHierarchy.servers().keySet());
        addresses.add(TestHierarchy.DEAD);
        for (int candidate = FIRST_PORT; candidate < FIRST_PORT + 200; candidate++) {
            int port = candidate;
            if (addresses.stream().allMatch(a -> isFree(a, port))) {
                return port;
            }
        }
        throw new IllegalStateException("no free port for NSD between " + FIRST_PORT + " and " + (FIRST_PORT + 200));
    }

    private static boolean isFree(String address, int port) {
        try {
            InetAddress ip = InetAddress.getByName(address);
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(ip, port));
                    ServerSocket tcp = new ServerSocket()) {
                tcp.bind(new InetSocketAddress(ip, port));
                return udp.isBound() && tcp.isBound();
            }
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    private synchronized void stopProcesses() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }
}
