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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One PrepDeck server started from the built PostgreSQL-flavour jar as its own operating-system process, the way
 * a self-hoster runs it, for tests about several instances. The jar is taken from the folder named by the system
 * property {@code prepdeck.pg-app} (default {@code target/pg-app}), built by
 * {@code ./mvnw package -DskipTests -Ppostgresql -Dquarkus.package.output-directory=pg-app}.
 */
public final class AppProcess implements AutoCloseable {

    public static final String APP_PROPERTY = "prepdeck.pg-app";

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

    /** The folder holding {@code quarkus-run.jar} of the PostgreSQL flavour; fails with the build command if absent. */
    public static Path builtApp() {
        Path dir = Path.of(System.getProperty(APP_PROPERTY, "target/pg-app")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("quarkus-run.jar"))) {
            throw new AssertionError("No PostgreSQL-flavour build in " + dir + ". Build it first with\n"
                    + "  ./mvnw package -DskipTests -Ppostgresql -Dquarkus.package.output-directory=pg-app\n"
                    + "or point -D" + APP_PROPERTY + "=<folder with quarkus-run.jar> at one.");
        }
        return dir;
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

    public String logTail() {
        String text = log();
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
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
