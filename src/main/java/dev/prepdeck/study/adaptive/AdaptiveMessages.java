package dev.prepdeck.study.adaptive;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the optimizer, the workload estimate and the interview planner; English in adaptive_en.properties. */
@MessageBundle(value = "adaptive", locale = "ko")
public interface AdaptiveMessages {

    @Message("FSRS 매개변수 최적화")
    String optimizer_title();

    @Message("복습 기록에 맞춰 FSRS-6의 21개 매개변수를 추정합니다. 최근 복습 일부를 따로 두고, 새 매개변수가 그 복습을 더 잘 예측할 때만 바꿉니다.")
    String optimizer_hint();

    @Message("최적화")
    String optimizer_submit();

    @Message("다른 최적화가 진행 중입니다. 잠시 후 다시 시도하세요.")
    String optimizer_busy();

    @Message("새 매개변수를 적용했습니다.")
    String optimizer_accepted();

    @Message("기존 매개변수가 더 잘 맞아 그대로 두었습니다.")
    String optimizer_kept();

    @Message("아직 최적화한 적이 없습니다.")
    String optimizer_never();

    @Message("사용 중인 매개변수:")
    String optimizer_source();

    @Message("내 복습 기록으로 추정한 값")
    String source_own();

    @Message("전체 학습자 기록으로 추정한 값")
    String source_cohort();

    @Message("FSRS-6 기본값")
    String source_defaults();

    @Message("지표")
    String metric();

    @Message("이전")
    String before();

    @Message("이후")
    String after();

    @Message("로그 손실")
    String log_loss();

    @Message("RMSE")
    String rmse();

    @Message("학습 {train}개, 검증 {heldOut}개 복습으로 계산")
    String optimizer_counts(int train, int heldOut);

    @Message("목표 기억률과 하루 복습량")
    String workload_title();

    @Message("내 카드로 {days}일을 모의 실험한 하루 평균 복습 수입니다. 목표 기억률을 높이면 복습이 늘어납니다.")
    String workload_hint(int days);

    @Message("목표 기억률")
    String workload_retention();

    @Message("하루 복습")
    String workload_per_day();

    @Message("(현재 설정)")
    String workload_current();

    @Message("면접일 계획")
    String interview_title();

    @Message("면접일에 각 카드의 예상 기억률이 목표 이상이 되도록 복습을 앞당기고, 제때 익힐 수 없는 새 카드는 더 꺼내지 않습니다.")
    String interview_hint();

    @Message("면접일")
    String interview_date();

    @Message("면접일 목표 기억률")
    String interview_target();

    @Message("주제 (선택하지 않으면 전체)")
    String interview_topics();

    @Message("면접일 저장")
    String interview_save();

    @Message("면접일 삭제")
    String interview_delete();

    @Message("면접일을 저장했습니다.")
    String interview_saved();

    @Message("면접일은 내일부터 2년 이내의 날짜(YYYY-MM-DD)여야 합니다.")
    String err_interview_date();

    @Message("목표 기억률은 0.70에서 0.99 사이여야 합니다.")
    String err_interview_target();

    @Message("알 수 없는 주제입니다.")
    String err_interview_topics();

    @Message("면접일 예상 기억률")
    String stats_interview_title();

    @Message("{date} 면접일까지 {days}일, 목표 {target}. 앞으로 더 복습하지 않을 때의 예측입니다.")
    String stats_interview_summary(String date, long days, String target);

    @Message("주제")
    String stats_topic();

    @Message("예상 기억률")
    String stats_recall();

    @Message("목표 미달 카드")
    String stats_below();

    @Message("아직 배우지 않은 카드")
    String stats_unlearned();
}
