package dev.prepdeck.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the quiz pages; English in quiz_en.properties. */
@MessageBundle(value = "quiz", locale = "ko")
public interface QuizMessages {

    @Message("퀴즈")
    String title();

    @Message("퀴즈")
    String nav_quiz();

    @Message("객관식, 순서 맞추기, 빈칸 채우기 카드로 실력을 확인하세요. 빈칸에 입력한 답은 대소문자, 띄어쓰기, 문장부호, 전각 문자, 조사(60초에 → 60초)와 작은 오타를 가리지 않고 채점합니다.")
    String start_intro();

    @Message("주제")
    String topics();

    @Message("고르지 않으면 모든 주제에서 냅니다.")
    String topics_hint();

    @Message("문항 수")
    String length();

    @Message("카드 종류")
    String kinds();

    @Message("객관식")
    String kind_choice();

    @Message("순서 맞추기")
    String kind_order();

    @Message("빈칸 채우기")
    String kind_cloze();

    @Message("퀴즈 시작")
    String start();

    @Message("로그인하지 않아도 풀 수 있습니다. 로그인하면 기록이 남고 틀린 문제가 복습 일정에 들어갑니다.")
    String anonymous_note();

    @Message("틀린 문제를 복습에서 '다시'로 평가하기")
    String feed_label();

    @Message("켜 두면 퀴즈를 끝낼 때 틀린 카드가 곧 복습할 카드가 됩니다.")
    String feed_hint();

    @Message("설정 저장")
    String save_settings();

    @Message("설정을 저장했습니다.")
    String settings_saved();

    @Message("퀴즈 기록")
    String history();

    @Message("{total}문제 중 {position}번")
    String progress(int position, int total);

    @Message("빈칸 {number}: {hint}")
    String gap_label(int number, String hint);

    @Message("빈칸에 들어갈 말을 입력하세요.")
    String cloze_hint();

    @Message("답을 하나 고르세요.")
    String pick_one();

    @Message("맞는 것을 모두 고르세요.")
    String pick_many();

    @Message("키 a–h로 보기를 고르고 Enter로 제출하세요.")
    String choice_keys();

    @Message("손잡이를 끌어서 순서를 바꿀 수 있습니다")
    String drag_hint();

    @Message("단계를 올바른 순서로 옮기세요. 화살표 버튼, Alt+↑/↓ 또는 끌어서 놓기로 옮길 수 있습니다.")
    String order_hint();

    @Message("위로 옮기기")
    String move_up();

    @Message("아래로 옮기기")
    String move_down();

    @Message("답 제출")
    String submit();

    @Message("정답입니다.")
    String verdict_right();

    @Message("정답입니다. 작은 오타는 봐 드렸습니다.")
    String verdict_close();

    @Message("틀렸습니다.")
    String verdict_wrong();

    @Message("맞았다고 표시했습니다. 맞은 문제로 셉니다.")
    String verdict_overridden();

    @Message("답하지 않았습니다.")
    String verdict_unanswered();

    @Message("입력한 답")
    String you_typed();

    @Message("정답")
    String expected();

    @Message("고른 답")
    String you_picked();

    @Message("정답")
    String right_options();

    @Message("없음")
    String nothing();

    @Message("정답")
    String option_right();

    @Message("내 선택")
    String option_picked();

    @Message("내가 놓은 순서")
    String your_order();

    @Message("올바른 순서")
    String right_order();

    @Message("제자리")
    String in_place();

    @Message("자리가 틀림")
    String out_of_place();

    @Message("해설")
    String explanation();

    @Message("참고")
    String extra();

    @Message("내가 맞았어요")
    String i_was_right();

    @Message("채점이 잘못되었다고 생각하면 누르세요. 누른 사실은 기록에 남습니다.")
    String i_was_right_hint();

    @Message("다음 문제")
    String next();

    @Message("끝내고 점수 보기")
    String finish();

    @Message("모든 문제에 답했습니다.")
    String all_answered();

    @Message("지금 끝내기 (남은 문제는 틀린 것으로 셉니다)")
    String finish_early();

    @Message("퀴즈 결과")
    String result_title();

    @Message("{total}문제 중 {correct}문제 정답 ({percent}%)")
    String score(int correct, int total, long percent);

    @Message("답하지 않은 {count}문제는 틀린 것으로 셉니다.")
    String unanswered_count(int count);

    @Message("주제별 점수")
    String by_topic();

    @Message("틀린 문제")
    String mistakes();

    @Message("모두 맞았습니다!")
    String no_mistakes();

    @Message("카드 보기")
    String open_card();

    @Message("틀린 카드 {count}개를 복습에 넣었습니다.")
    String scheduled(int count);

    @Message("설정에 따라 복습 일정은 바꾸지 않았습니다.")
    String scheduled_off();

    @Message("로그인하면 기록이 남고 틀린 문제가 복습에 들어갑니다.")
    String sign_in_to_keep();

    @Message("틀린 문제 다시 풀기")
    String retry_missed();

    @Message("새 퀴즈")
    String new_quiz();

    @Message("복습하러 가기")
    String go_study();

    @Message("아직 끝낸 퀴즈가 없습니다.")
    String history_empty();

    @Message("날짜")
    String history_date();

    @Message("점수")
    String history_score();

    @Message("주제")
    String history_topics();

    @Message("모든 주제")
    String all_topics();

    @Message("틀린 문제 다시 풀기")
    String retry_of();

    @Message("문제")
    String question();

    @Message("{total}문제 중 {answered}문제에 답했습니다.")
    String answered_count(int answered, int total);

    @Message("답을 확인해 주세요.")
    String error_invalid();

    @Message("문항 수는 1에서 50 사이의 정수여야 합니다.")
    String error_length();

    @Message("먼저 답을 고르세요.")
    String error_pick();

    @Message("고른 주제에는 고른 종류의 카드가 없습니다. 다른 주제나 종류를 고르세요.")
    String error_no_cards();

    @Message("빈칸 {number}")
    String gap_number(int number);
}
