package dev.prepdeck.system;

import java.util.List;
import java.util.Locale;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/** The UI languages PrepDeck speaks and how a request's preferred language is chosen among them. */
public final class UiLanguage {

    public static final List<String> SUPPORTED = List.of("ko", "en");
    public static final String DEFAULT = "ko";

    private UiLanguage() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /**
     * For answers given before the REST layer (which reads the {@code lang} cookie itself): the cookie's language if
     * it is one PrepDeck speaks, else the best supported one of an {@code Accept-Language} header, else Korean.
     */
    public static String pick(String cookie, String acceptLanguage) {
        if (isSupported(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String lang = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && isSupported(lang)) {
                        return lang;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header says nothing: fall through to the default
            }
        }
        return DEFAULT;
    }

    /** {@link #pick(String, String)} for a request that has not reached the REST layer. */
    public static String pick(HttpServerRequest request) {
        Cookie cookie = request.getCookie(LocaleFilter.COOKIE);
        return pick(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
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
