package dev.prepdeck.system;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The error wording of one UI language: a title and a plain explanation per HTTP status. */
final class ErrorText {

    private ErrorText() {
    }

    static ErrorMessages in(String lang) {
        return UiLanguage.DEFAULT.equals(lang) || !UiLanguage.isSupported(lang) ? MessageBundles.get(ErrorMessages.class)
                : MessageBundles.get(ErrorMessages.class, Localized.Literal.of(lang));
    }

    static String title(ErrorMessages m, int status) {
        return switch (status) {
            case 400 -> m.title_400();
            case 401 -> m.title_401();
            case 403 -> m.title_403();
            case 404 -> m.title_404();
            case 405 -> m.title_405();
            case 406 -> m.title_406();
            case 409 -> m.title_409();
            case 413 -> m.title_413();
            case 414 -> m.title_414();
            case 415 -> m.title_415();
            case 429 -> m.title_429();
            case 500 -> m.title_500();
            case 503 -> m.title_503();
            default -> m.title_other();
        };
    }

    /** What a status means, said to a person; null for server errors, whose page says it in general words. */
    static String plain(ErrorMessages m, int status) {
        return switch (status) {
            case 400 -> m.detail_400();
            case 401 -> m.detail_401();
            case 403 -> m.detail_403();
            case 404 -> m.detail_404();
            case 405 -> m.detail_405();
            case 406 -> m.detail_406();
            case 409 -> m.detail_409();
            case 415 -> m.detail_415();
            case 429 -> m.detail_429();
            default -> status >= 500 ? null : m.detail_other();
        };
    }
}
