package dev.prepdeck.system;

import java.util.List;
import java.util.Locale;

/** The UI languages PrepDeck speaks and how a request's preferred language is chosen among them. */
public final class UiLanguage {

    public static final List<String> SUPPORTED = List.of("ko", "en");
    public static final String DEFAULT = "ko";

    private UiLanguage() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /** The first supported language among the request's acceptable languages, else Korean. */
    public static String pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (isSupported(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return DEFAULT;
    }
}
