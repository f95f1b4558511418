package dev.prepdeck.system;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings shared by every page; Korean is the default, English lives in msg_en.properties. */
@MessageBundle(value = "msg", locale = "ko")
public interface AppMessages {

    @Message("ko")
    String lang_code();

    @Message("PrepDeck")
    String app_name();

    @Message("면접 준비 플래시카드")
    String app_tagline();

    @Message("주제")
    String nav_topics();

    @Message("연습")
    String nav_practice();

    @Message("언어")
    String nav_language();

    @Message("본문으로 건너뛰기")
    String skip_to_content();

    @Message("오류")
    String error_title();

    @Message("홈으로")
    String error_home();

    @Message("페이지를 찾을 수 없습니다.")
    String error_not_found();

    @Message("요청을 처리할 수 없습니다.")
    String error_bad_request();

    @Message("예상하지 못한 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.")
    String error_internal();
}
