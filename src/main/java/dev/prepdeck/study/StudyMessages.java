package dev.prepdeck.study;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the review screen, statistics and the mentors' list; English in study_en.properties. */
@MessageBundle(value = "study", locale = "ko")
public interface StudyMessages {

    @Message("학습")
    String title();

    @Message("학습")
    String nav_study();

    @Message("통계")
    String nav_stats();

    @Message("표시된 카드")
    String nav_flags();

    @Message("새 카드")
    String count_new();

    @Message("학습 중")
    String count_learning();

    @Message("복습")
    String count_review();

    @Message("답 보기")
    String reveal();

    @Message("다시")
    String again();

    @Message("어려움")
    String hard();

    @Message("보통")
    String good();

    @Message("쉬움")
    String easy();

    @Message("지금은 학습할 카드가 없습니다. 잘하셨어요!")
    String done_title();

    @Message("학습 중인 카드가 {time}에 다시 나옵니다. 이 화면을 열어 두면 자동으로 이어집니다.")
    String done_next_learning(String time);

    @Message("통계 보기")
    String done_stats();

    @Message("되돌렸습니다")
    String undone();

    @Message("되돌릴 작업이 없습니다")
    String nothing_to_undo();

    @Message("평가를 되돌렸습니다: {grade}")
    String undone_grade(String grade);

    @Message("묻어 두기를 되돌렸습니다. 카드가 다시 나옵니다")
    String undone_bury();

    @Message("묻어 두기 해제를 되돌렸습니다")
    String undone_unbury();

    @Message("일시 중지를 되돌렸습니다. 카드가 다시 복습에 나옵니다")
    String undone_suspend();

    @Message("일시 중지 해제를 되돌렸습니다")
    String undone_unsuspend();

    @Message("멘토 표시를 되돌렸습니다")
    String undone_flag();

    @Message("표시 없애기를 되돌렸습니다")
    String undone_unflag();

    @Message("다음 학습일까지 묻어 두었습니다")
    String buried();

    @Message("일시 중지했습니다")
    String suspended();

    @Message("멘토에게 표시했습니다")
    String flagged();

    @Message("표시를 없앴습니다")
    String unflagged();

    @Message("거머리 카드(여러 번 잊은 카드)로 표시되어 일시 중지되고 멘토에게 보고됩니다")
    String leech();

    @Message("다른 탭에서 이미 평가한 카드입니다. 다음 카드로 넘어갑니다")
    String stale();

    @Message("저장하지 못했습니다. 다시 시도하세요")
    String failed();

    @Message("카드를 불러오는 중…")
    String loading();

    @Message("표시됨")
    String flag_badge();

    @Message("단축키")
    String help_title();

    @Message("답 보기 · 답을 본 뒤에는 보통")
    String key_reveal();

    @Message("다시 · 어려움 · 보통 · 쉬움")
    String key_grade();

    @Message("마지막 작업(평가, 묻어 두기, 일시 중지, 표시) 되돌리기, 누를 때마다 하나 더")
    String key_undo();

    @Message("다음 학습일까지 묻어 두기")
    String key_bury();

    @Message("일시 중지")
    String key_suspend();

    @Message("멘토에게 표시 / 표시 없애기")
    String key_flag();

    @Message("카드 정보와 복습 기록")
    String key_info();

    @Message("이 도움말")
    String key_help();

    @Message("객관식 보기 고르기")
    String key_choice();

    @Message("닫기")
    String close();

    @Message("되돌리기")
    String action_undo();

    @Message("묻기")
    String action_bury();

    @Message("일시 중지")
    String action_suspend();

    @Message("표시")
    String action_flag();

    @Message("정보")
    String action_info();

    @Message("도움말")
    String action_help();

    @Message("주제 고르기")
    String pick_topics();

    @Message("고른 주제 학습")
    String study_selected();

    @Message("모든 주제 학습")
    String study_all();

    @Message("학습 범위")
    String scope();

    @Message("모든 주제")
    String scope_all();

    @Message("카드 정보")
    String info_title();

    @Message("상태")
    String info_state();

    @Message("다음 복습")
    String info_due();

    @Message("안정도(S)")
    String info_stability();

    @Message("난이도(D)")
    String info_difficulty();

    @Message("지금 기억할 확률(R)")
    String info_retrievability();

    @Message("복습 횟수")
    String info_reps();

    @Message("잊은 횟수")
    String info_lapses();

    @Message("첫 복습")
    String info_first();

    @Message("마지막 복습")
    String info_last();

    @Message("쓴 시간")
    String info_time();

    @Message("복습 기록")
    String info_reviews();

    @Message("날짜")
    String info_date();

    @Message("평가")
    String info_rating();

    @Message("간격")
    String info_interval();

    @Message("되돌림")
    String info_undone();

    @Message("아직 복습하지 않았습니다")
    String info_never();

    @Message("일시 중지됨")
    String info_suspended();

    @Message("거머리")
    String info_leech();

    @Message("새 카드")
    String state_new();

    @Message("학습 중")
    String state_learning();

    @Message("복습")
    String state_review();

    @Message("재학습")
    String state_relearning();

    @Message("초")
    String unit_seconds();

    @Message("분")
    String unit_minutes();

    @Message("시간")
    String unit_hours();

    @Message("일")
    String unit_days();

    @Message("개월")
    String unit_months();

    @Message("년")
    String unit_years();

    @Message("통계")
    String stats_title();

    @Message("오늘")
    String stats_today();

    @Message("오늘 {reviews}장 복습 · {minutes}분 · 새 카드 {newCards}장 · 다시 {again}번")
    String stats_today_summary(int reviews, long minutes, int newCards, int again);

    @Message("연속 학습 {current}일 · 최장 {longest}일")
    String stats_streak(int current, int longest);

    @Message("복습 달력 (지난 1년)")
    String stats_calendar();

    @Message("{date}: 복습 {count}장")
    String stats_calendar_day(String date, int count);

    @Message("앞으로 30일 동안 예정된 복습")
    String stats_forecast();

    @Message("{date}: {count}장 예정")
    String stats_forecast_day(String date, int count);

    @Message("오늘")
    String stats_forecast_today();

    @Message("+{days}일")
    String stats_forecast_offset(int days);

    @Message("실제 기억률")
    String stats_retention();

    @Message("복습 카드에서 '다시'가 아닌 답의 비율입니다. 신규는 간격 21일 미만, 성숙은 21일 이상인 카드입니다.")
    String stats_retention_help();

    @Message("신규")
    String stats_young();

    @Message("성숙")
    String stats_mature();

    @Message("전체")
    String stats_total();

    @Message("기간")
    String stats_period();

    @Message("오늘")
    String period_today();

    @Message("최근 7일")
    String period_week();

    @Message("최근 30일")
    String period_month();

    @Message("최근 1년")
    String period_year();

    @Message("주제별 실제 기억률")
    String stats_by_topic();

    @Message("주제")
    String stats_topic();

    @Message("카드 상태")
    String stats_counts();

    @Message("새 카드")
    String counts_new();

    @Message("학습 중")
    String counts_learning();

    @Message("재학습")
    String counts_relearning();

    @Message("신규 (21일 미만)")
    String counts_young();

    @Message("성숙 (21일 이상)")
    String counts_mature();

    @Message("일시 중지")
    String counts_suspended();

    @Message("답 버튼 사용 (최근 30일)")
    String stats_buttons();

    @Message("학습 단계")
    String stats_learning();

    @Message("아직 복습 기록이 없습니다")
    String stats_no_reviews();

    @Message("주의가 필요한 카드")
    String flags_title();

    @Message("학습자가 표시한 카드와 여러 번 잊힌 거머리 카드입니다. 문구를 고치거나 카드를 나누어 보세요.")
    String flags_help();

    @Message("카드")
    String flags_card();

    @Message("표시한 학습자")
    String flags_flagged();

    @Message("거머리인 학습자")
    String flags_leech();

    @Message("마지막 표시")
    String flags_last();

    @Message("주의가 필요한 카드가 없습니다.")
    String flags_none();

    @Message("빈칸")
    String cv_gap();

    @Message("위로")
    String cv_move_up();

    @Message("아래로")
    String cv_move_down();

    @Message("키 a–h로 보기를 고르세요")
    String cv_pick_hint();

    @Message("↑/↓ 버튼(또는 Alt+↑/↓)으로 순서를 바꾸세요")
    String cv_order_hint();

    @Message("올바른 순서")
    String cv_right_order();

    @Message("이 주제 학습하기")
    String study_topic();

    @Message("카드 찾기")
    String nav_cards();

    @Message("카드 찾기")
    String cards_title();

    @Message("질문과 답(한국어, 영어)에서 찾고, 일시 중지하거나 묻어 둔 카드를 되살립니다.")
    String cards_help();

    @Message("찾을 말")
    String cards_search();

    @Message("찾기")
    String cards_search_button();

    @Message("주제")
    String cards_topic();

    @Message("종류")
    String cards_kind();

    @Message("상태")
    String cards_state();

    @Message("이 날까지 복습할 카드")
    String cards_due_by();

    @Message("전체")
    String cards_any();

    @Message("조건 지우기")
    String cards_clear();

    @Message("{shown}장 표시 (찾은 카드 {total}장)")
    String cards_found(int shown, int total);

    @Message("조건에 맞는 카드가 없습니다.")
    String cards_none();

    @Message("카드")
    String cards_col_card();

    @Message("상태")
    String cards_col_state();

    @Message("복습일")
    String cards_col_due();

    @Message("최근 평가")
    String cards_col_last();

    @Message("작업")
    String cards_col_actions();

    @Message("일시 중지")
    String cards_suspend();

    @Message("일시 중지 해제")
    String cards_unsuspend();

    @Message("묻어 두기 해제")
    String cards_unbury();

    @Message("처음부터 (새 카드로)")
    String cards_reset();

    @Message("멘토에게 표시")
    String cards_flag();

    @Message("표시하는 이유 (선택)")
    String cards_flag_reason();

    @Message("표시 없애기")
    String cards_unflag();

    @Message("기록")
    String cards_history();

    @Message("{time}까지 묻어 둠")
    String cards_buried_until(String time);

    @Message("일시 중지했습니다.")
    String cards_done_suspend();

    @Message("일시 중지를 풀었습니다. 카드가 다시 복습에 나옵니다.")
    String cards_done_unsuspend();

    @Message("묻어 두기를 풀었습니다. 오늘 다시 나옵니다.")
    String cards_done_unbury();

    @Message("카드를 새 카드로 되돌렸습니다. 기록은 남아 있습니다.")
    String cards_done_reset();

    @Message("멘토에게 표시했습니다.")
    String cards_done_flag();

    @Message("표시를 없앴습니다.")
    String cards_done_unflag();

    @Message("일시 중지")
    String cards_state_suspended();

    @Message("묻어 둠")
    String cards_state_buried();

    @Message("표시됨")
    String cards_state_flagged();

    @Message("거머리")
    String cards_state_leech();

    @Message("카드 찾기로 돌아가기")
    String cards_back();

    @Message("평가 기록")
    String cards_reviews();

    @Message("평가 후 상태")
    String cards_after();

    @Message("간격(일)")
    String cards_days();

    @Message("다음 카드는 {time}에 복습할 차례가 됩니다.")
    String done_next_due(String time);

    @Message("오늘 한도 뒤에 새 카드 {count}장이 기다리고 있습니다.")
    String done_new_waiting(String count);

    @Message("오늘 새 카드 {count}장 더 학습하기")
    String done_more_new(String count);

    @Message("미리 복습하기 (다음 7일 동안 복습할 카드)")
    String done_review_ahead();

    @Message("주제 연습하기 (일정에 기록되지 않음)")
    String done_practise();

    @Message("내 진도")
    String home_progress();

    @Message("본 카드 {seen}/{cards}장")
    String home_progress_seen(long seen, long cards);

    @Message("오늘 복습할 카드 {due}장")
    String home_progress_due(long due);

    @Message("최근 30일 기억률 {percent}%")
    String home_progress_retention(Double percent);

    @Message("최근 30일 기억률 —")
    String home_progress_no_retention();
}
