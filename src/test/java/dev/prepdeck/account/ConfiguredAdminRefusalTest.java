package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prepdeck.support.AppProcess;

/**
 * The embedded jar given a first admin whose password the sign-up form would refuse does not start half-usable: it
 * stops with the rule that failed in its log (and never the password), so the operator fixes the setting.
 */
@Tag("packaged")
class ConfiguredAdminRefusalTest {

    @Test
    void shouldRefuseToStartWithAnAdminPasswordContainingTheUsername() throws Exception {
        String password = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        Path workDir = AppProcess.freshWorkDir("weak-admin");
        AppProcess app = AppProcess.start("weak-admin", AppProcess.builtH2App(), AppProcess.freePort(), Map.of(
                "PREPDECK_DATA_DIR", workDir.resolve("data").toString(),
                "PREPDECK_CONTENT_PATH", dev.prepdeck.support.TestContent.FOLDER.toString(),
                "PREPDECK_SESSION_KEY", "weak-admin-test-session-key-" + UUID.randomUUID(),
                "PREPDECK_ADMIN_USERNAME", "admin",
                "PREPDECK_ADMIN_PASSWORD", password), workDir);
        try {
            assertNotEquals(0, app.awaitExit(Duration.ofSeconds(150)), "a refused admin stops the start");
            String log = app.log();
            assertTrue(log.contains("PREPDECK_ADMIN_PASSWORD must not contain the username"), app.logTail());
            assertFalse(log.contains(password), "the password is never logged");
        } finally {
            app.close();
        }
    }
}
