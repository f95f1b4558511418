package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void shouldKnowTheMostCommonPasswordsWhateverTheirCase() {
        assertTrue(CommonPasswords.isCommon("password123"));
        assertTrue(CommonPasswords.isCommon("QWERTYUIOP"));
        assertTrue(CommonPasswords.isCommon("1q2w3e4r"));
        assertTrue(CommonPasswords.isCommon("iloveyou"));
        assertFalse(CommonPasswords.isCommon("correct horse battery"));
        assertFalse(CommonPasswords.isCommon("# Passwords that lists"), "comment lines are not passwords");
    }

    @Test
    void shouldSpotAPasswordBuiltOnTheUsername() {
        assertTrue(CommonPasswords.containsUsername("jisoo.kim", "jisoo.kim"));
        assertTrue(CommonPasswords.containsUsername("Jisoo.Kim2025!", "jisoo.kim"));
        assertFalse(CommonPasswords.containsUsername("a long unrelated phrase", "jisoo.kim"));
    }
}
