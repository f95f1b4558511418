package dev.prepdeck.demo.timewait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's TCP socket table of this network namespace, read from procfs on every call.
 *
 * <p>Java sockets are dual-stack by default, so loopback connections made by this JVM are listed
 * in {@code tcp6} as {@code ::ffff:127.0.0.1}; both files are read.
 */
public final class KernelSocketTable {

    private final Path tcp;
    private final Path tcp6;
    private final ProcNetTcpParser parser;

    /** @param procRoot where procfs is mounted, normally {@code /proc} */
    public KernelSocketTable(Path procRoot, ProcNetTcpParser parser) {
        this.tcp = procRoot.resolve("net/tcp");
        this.tcp6 = procRoot.resolve("net/tcp6");
        this.parser = parser;
    }

    /** Whether this host exposes a Linux socket table at all. */
    public boolean isAvailable() {
        return Files.isReadable(tcp) || Files.isReadable(tcp6);
    }

    /** Every row of both tables; a missing {@code tcp6} (IPv6 disabled) counts as empty. */
    public List<KernelSocket> read() {
        List<KernelSocket> all = new ArrayList<>(parser.parse("tcp", lines(tcp)));
        all.addAll(parser.parse("tcp6", lines(tcp6)));
        return all;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
