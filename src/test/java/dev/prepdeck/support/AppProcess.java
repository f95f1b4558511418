package dev.prepdeck.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One PrepDeck server started from a built jar as its own operating-system process, the way a self-hoster runs it,
 * for tests about several instances, restarts and shutdown. The PostgreSQL-flavour jar is taken from the folder
 * named by the system property {@code prepdeck.pg-app} (default {@code target/pg-app}), the embedded H2 flavour
 * from {@code prepdeck.h2-app} (default {@code target/h2-app}); {@link #builtApp()} and {@link #builtH2App()} name
 * the build command of each.
 */
public final class AppProcess implements AutoCloseable {

    public static final String APP_PROPERTY = "prepdeck.pg-app";
    public static final String H2_APP_PROPERTY = "prepdeck.h2-app";

    private static final Pattern IMPORT_LINE = Pattern.compile(
            "Content imported from .*: (\\d+) topics, (\\d+) cards added, (\\d+) updated, (\\d+) unchanged");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** What a start-up content import did, as its log line reports it. */
    public record ImportReport(long topics, long added, long updated, long unchanged) {
    }

    /** The folder holding {@code quarkus-run.jar} of the PostgreSQL flavour; fails with the build command if absent. */
    public static Path builtApp() {
        return built(APP_PROPERTY, "target/pg-app", "PostgreSQL",
                "./mvnw package -DskipTests -Ppostgresql -Dquarkus.package.output-directory=pg-app");
    }

    /** The folder holding {@code quarkus-run.jar} of the H2 flavour; fails with the build command if absent. */
    public static Path builtH2App() {
        return built(H2_APP_PROPERTY, "target/h2-app", "H2",
                "./mvnw package -DskipTests -Dquarkus.package.output-directory=h2-app");
    }

    private static Path built(String property, String defaultDir, String flavour, String buildCommand) {
        Path dir = Path.of(System.getProperty(property, defaultDir)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("quarkus-run.jar"))) {
            throw new AssertionError("No " + flavour + "-flavour build in " + dir + ". Build it first with\n"
                    + "  " + buildCommand + "\n"
                    + "or point -D" + property + "=<folder with quarkus-run.jar> at one.");
        }
        return dir;
    }

    /**
     * {@code target/<name>}, emptied: logs and data stay there for a look after a failure, and the next run starts
     * afresh.
     */
    public static Path freshWorkDir(String name) throws IOException {
        Path dir = Path.of("target", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** A TCP port on the loopback address that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /**
     * Starts {@code java -jar quarkus-run.jar} on 127.0.0.1:{@code port} with the given environment, its output going
     * to {@code <workDir>/<name>.log}. Returns at once; call {@link #awaitReady(Duration)}.
     */
    public static AppProcess start(String name, Path app, int port, Map<String, String> env, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Only what this test sets: the developer's own PREPDECK_* or QUARKUS_* variables must not leak in.
        builder.environment().keySet().removeIf(k -> k.startsWith("PREPDECK_") || k.startsWith("QUARKUS_"));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(env);
        return new AppProcess(name, port, builder.start(), log);
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early, with the log, if the process ends. */
    public void awaitReady(Duration limit) {
        try {
            await(name + " ready").atMost(limit).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
                }
                return status("/q/health/ready") == 200;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " not ready within " + limit + ":\n" + logTail(), e);
        }
    }

    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Everything the process printed so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits until the log shows {@code text}; fails, with the log, if it does not within {@code limit}. */
    public void awaitLog(String text, Duration limit) {
        try {
            await(name + " logging '" + text + "'").atMost(limit).pollInterval(Duration.ofMillis(100))
                    .until(() -> log().contains(text));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " did not log '" + text + "' within " + limit + ":\n" + logTail(), e);
        }
    }

    /** The start-up content import's report; fails, with the log, if there is none. */
    /**
     * The start-up import's report from the log, or empty if the start found the content folder unchanged since the
     * last import and did not import it again.
     */
    public Optional<ImportReport> importReport() {
        String text = log();
        Matcher m = IMPORT_LINE.matcher(text);
        if (!m.find()) {
            if (text.contains("unchanged since its last import")) {
                return Optional.empty();
            }
            throw new AssertionError("no import report in the log of " + name + ":\n" + logTail());
        }
        return Optional.of(new ImportReport(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
    }

    public String logTail() {
        String text = log();
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
    }

    /** Sends SIGTERM, as a service manager or Kubernetes does to stop the server, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Sends SIGKILL, as a crash or the OOM killer ends the server: no shutdown hook runs. Waits for the end. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " survived SIGKILL");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself and returns its exit code; fails, with the log, after {@code limit}. */
    public int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running " + limit + " later:\n" + logTail());
        }
        return process.exitValue();
    }

    /**
     * Closes each of {@code resources} that is not null, in order, each even if an earlier one failed, so that no
     * process or database is left behind; then throws the first failure, with the others suppressed.
     */
    public static void closeInOrder(AutoCloseable... resources) throws Exception {
        Exception failure = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** SIGTERM, up to 20 s for a clean stop, then SIGKILL. Safe to call more than once. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
