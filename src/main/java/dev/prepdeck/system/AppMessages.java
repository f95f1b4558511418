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

    @Message("메뉴")
    String nav_menu();

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

    @Message("주제 {count}개 · 카드 {cards}장")
    String home_summary(int count, long cards);

    @Message("카드 {count}장")
    String topic_card_count(long count);

    @Message("아직 불러온 주제가 없습니다. 콘텐츠 폴더를 확인하세요.")
    String home_empty();

    @Message("모든 주제 연습하기")
    String practice_all();

    @Message("이 주제 연습하기")
    String practice_topic();

    @Message("모범 답안")
    String topic_model_answer();

    @Message("라이브 데모")
    String topic_live_demo();

    @Message("카드")
    String topic_cards();

    @Message("답 보기")
    String card_show_answer();

    @Message("앞선 질문")
    String card_follows();

    @Message("정답")
    String card_correct();

    @Message("보충 설명")
    String card_extra();

    @Message("정답입니다.")
    String choice_right();

    @Message("틀렸습니다.")
    String choice_wrong();

    @Message("내 선택:")
    String choice_you_picked();

    @Message("없음")
    String choice_picked_nothing();

    @Message("정답:")
    String choice_correct_was();

    @Message("정답")
    String choice_the_answer();

    @Message("내 선택")
    String choice_your_pick();

    @Message("놓친 정답")
    String choice_missed();

    @Message("손잡이를 끌어서 순서를 바꿀 수 있습니다")
    String order_drag_hint();

    @Message("기본")
    String kind_basic();

    @Message("빈칸")
    String kind_cloze();

    @Message("객관식")
    String kind_choice();

    @Message("순서")
    String kind_order();

    @Message("꼬리 질문")
    String kind_followup();

    @Message("콘텐츠 문제")
    String problems_title();

    @Message("콘텐츠 폴더에서 발견된 문제가 없습니다.")
    String problems_none();

    @Message("파일")
    String problems_file();

    @Message("줄")
    String problems_line();

    @Message("내용")
    String problems_message();

    @Message("연습")
    String practice_title();

    @Message("Space 또는 Enter로 답을 보고, 1–4로 평가하세요 (다시 · 어려움 · 보통 · 쉬움).")
    String practice_help();

    @Message("이 영어 번역은 아직 없습니다.")
    String card_no_english();

    @Message("토픽 파일 미리보기")
    String preview_title();

    @Message("토픽 Markdown을 붙여 넣거나 작성하면 가져오기와 같은 파서로 문제와 카드를 바로 보여 줍니다. 저장되지 않으니 확인이 끝나면 content/ 폴더에 커밋하세요.")
    String preview_help();

    @Message("파일 이름")
    String preview_file();

    @Message("Markdown")
    String preview_markdown();

    @Message("확인하기")
    String preview_check();
}
