package dev.prepdeck.interview;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the mock interview pages; English in interview_en.properties. */
@MessageBundle(value = "interview", locale = "ko")
public interface InterviewMessages {

    @Message("모의 면접")
    String title();

    @Message("모의 면접")
    String nav_interview();

    @Message("주제를 고르면 질문과 그 꼬리 질문을 면접처럼 차례로 묻습니다. 소리 내어 답하고 메모를 남기면, 모범 답안과 함께 면접관이 기대하는 핵심 개념을 메모에서 짚어 줍니다.")
    String start_intro();

    @Message("주제")
    String topics();

    @Message("고르지 않으면 모든 주제에서 묻습니다.")
    String topics_hint();

    @Message("주 질문 수")
    String main_count();

    @Message("주 질문마다 연결된 꼬리 질문이 이어집니다.")
    String main_count_hint();

    @Message("준비 시간(초)")
    String prep_seconds();

    @Message("비워 두면 준비 시간 없이 바로 답합니다.")
    String prep_hint();

    @Message("답변 시간(초)")
    String answer_seconds();

    @Message("참고용입니다. 시간이 지나도 계속 답할 수 있습니다.")
    String answer_hint();

    @Message("면접 시작")
    String start();

    @Message("로그인하지 않아도 할 수 있습니다(이 브라우저에 묶입니다). 로그인하면 약했던 답의 카드가 복습 일정에 들어갑니다.")
    String anonymous_note();

    @Message("주 질문 수는 1부터 20까지의 숫자여야 합니다.")
    String error_count();

    @Message("준비 시간은 0부터 600초까지의 숫자여야 합니다.")
    String error_prep();

    @Message("답변 시간은 0부터 3600초까지의 숫자여야 합니다.")
    String error_answer();

    @Message("고른 주제에는 면접 질문으로 쓸 카드가 없습니다. 다른 주제를 고르세요.")
    String error_no_cards();

    @Message("메모는 8000자까지 쓸 수 있습니다.")
    String error_notes();

    @Message("질문 {position} / {total}")
    String progress(int position, int total);

    @Message("주 질문 {number}")
    String main_question(int number);

    @Message("꼬리 질문 (깊이 {depth})")
    String follow_up(int depth);

    @Message("이어지는 질문:")
    String follows();

    @Message("준비")
    String prep_title();

    @Message("준비 시간")
    String prep_left();

    @Message("지금 답하기")
    String start_answer();

    @Message("답변 시간")
    String answer_time();

    @Message("목표 {seconds}초")
    String answer_target(Integer seconds);

    @Message("목표 시간이 지났습니다. 계속 답해도 됩니다.")
    String over_time();

    @Message("메모")
    String notes();

    @Message("말한 내용을 적어 두면 핵심 개념을 짚어 줍니다. 자동으로 저장됩니다.")
    String notes_hint();

    @Message("메모 저장됨")
    String notes_saved();

    @Message("모범 답안 보기")
    String reveal();

    @Message("녹음")
    String record();

    @Message("녹음 시작")
    String record_start();

    @Message("녹음 멈춤")
    String record_stop();

    @Message("녹음은 이 브라우저에만 남고 서버로 보내지 않습니다. 내려받아 보관할 수 있습니다.")
    String record_hint();

    @Message("녹음 내려받기")
    String record_download();

    @Message("이 브라우저에서는 녹음할 수 없습니다.")
    String record_unavailable();

    @Message("마이크를 쓸 수 없습니다.")
    String record_denied();

    @Message("녹음 중")
    String recording();

    @Message("모범 답안")
    String model_answer();

    @Message("핵심 개념")
    String concepts();

    @Message("이 카드에는 핵심 개념이 없습니다.")
    String concepts_none();

    @Message("메모에서 {covered}/{total}개를 짚었습니다.")
    String concepts_score(long covered, int total);

    @Message("짚음")
    String covered();

    @Message("빠짐")
    String missed();

    @Message("내 메모")
    String your_notes();

    @Message("메모 없음")
    String no_notes();

    @Message("스스로 평가하기")
    String rate();

    @Message("다시·어려움은 약한 답으로 보고 복습 일정에 넣습니다(로그인 시).")
    String rate_hint();

    @Message("다시")
    String rating_1();

    @Message("어려움")
    String rating_2();

    @Message("좋음")
    String rating_3();

    @Message("쉬움")
    String rating_4();

    @Message("키보드: Enter 답하기 · Ctrl+Enter 모범 답안 · 1–4 평가 · R 녹음")
    String keys_hint();

    @Message("면접 끝내기")
    String finish_early();

    @Message("면접 결과")
    String report_title();

    @Message("질문 {answered}개에 답했습니다. 총 답변 시간 {seconds}초.")
    String report_summary(int answered, long seconds);

    @Message("답변")
    String report_answers();

    @Message("질문")
    String col_question();

    @Message("시간")
    String col_time();

    @Message("내 평가")
    String col_self();

    @Message("면접관 평가")
    String col_interviewer();

    @Message("핵심 개념")
    String col_concepts();

    @Message("{seconds}초")
    String seconds(long seconds);

    @Message("빠진 핵심 개념")
    String missed_title();

    @Message("빠진 핵심 개념이 없습니다.")
    String missed_none();

    @Message("약한 주제")
    String weakest_title();

    @Message("{title}: 평균 평가 {average}, 핵심 개념 {percent}%")
    String topic_line(String title, String average, long percent);

    @Message("복습 일정에 들어간 카드")
    String scheduled_title();

    @Message("복습 일정에 새로 들어간 카드가 없습니다.")
    String scheduled_none();

    @Message("로그인하면 약했던 답의 카드가 복습 일정에 들어갑니다.")
    String sign_in_to_schedule();

    @Message("지금 복습하기")
    String go_study();

    @Message("새 면접")
    String new_interview();

    @Message("면접관 메모")
    String interviewer_notes();
}
