package dev.prepdeck.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The password rules beyond length: not on the list of common passwords, not the username or built on it. */
public final class CommonPasswords {

    private static final String LIST = "/account/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private CommonPasswords() {
    }

    /** True if {@code password} is on the shipped list of common passwords (ignoring case). */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.trim().toLowerCase(Locale.ROOT));
    }

    /** True if {@code password} is the username or contains it (ignoring case). */
    public static boolean containsUsername(String password, String username) {
        if (password == null || username == null || username.isBlank()) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.trim();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
