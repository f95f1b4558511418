package dev.prepdeck.pairs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the two screens of an interview in pairs; English in pair_en.properties. */
@MessageBundle(value = "pair", locale = "ko")
public interface PairMessages {

    @Message("면접관과 두 화면으로 진행하기")
    String run_in_pairs();

    @Message("짝 면접: 지원자 화면")
    String candidate_title();

    @Message("이 화면에는 질문과 타이머만 나옵니다. 모범 답안과 핵심 개념, 꼬리 질문은 면접관 화면에만 보입니다.")
    String candidate_intro();

    @Message("짝 면접: 면접관 화면")
    String interviewer_title();

    @Message("지원자의 화면과 실시간으로 맞춰집니다. 평가와 메모는 지원자의 결과 보고서에 들어갑니다.")
    String interviewer_intro();

    @Message("질문 {position} / {total}")
    String question_of(int position, int total);

    @Message("꼬리 질문 {depth}단계")
    String follow_up(int depth);

    @Message("이 질문에 이어서:")
    String follows_on();

    @Message("준비 시간")
    String prep_left();

    @Message("답변 시간")
    String answering_for();

    @Message("{seconds}초 동안 답했습니다")
    String answered_in(long seconds);

    @Message("답변을 시작하기 전입니다.")
    String phase_waiting();

    @Message("준비 중입니다.")
    String phase_preparing();

    @Message("답변 중입니다.")
    String phase_answering();

    @Message("답변을 마쳤습니다.")
    String phase_done();

    @Message("답변 시작")
    String start_answer();

    @Message("메모 (선택)")
    String notes_label();

    @Message("답변 끝")
    String done();

    @Message("스스로 평가하면 다음 질문으로 넘어갑니다.")
    String self_rate();

    @Message("면접 끝내기")
    String finish();

    @Message("면접이 끝났습니다.")
    String over();

    @Message("결과 보고서 보기")
    String see_report();

    @Message("면접이 끝났습니다. 평가와 메모는 지원자의 보고서에 남았습니다.")
    String over_interviewer();

    @Message("면접관 링크")
    String share_title();

    @Message("이 링크를 가진 사람은 이 면접의 면접관 화면을 볼 수 있습니다. 믿을 수 있는 사람에게만 보내세요.")
    String share_hint();

    @Message("아직 면접관 링크가 없습니다. 멘토나 친구가 두 번째 화면에서 면접을 진행하게 하려면 링크를 만드세요.")
    String share_none();

    @Message("면접관 링크 만들기")
    String share_create();

    @Message("새 링크로 바꾸기")
    String share_replace();

    @Message("링크 거두기")
    String share_withdraw();

    @Message("모범 답안")
    String model_answer();

    @Message("핵심 개념")
    String key_concepts();

    @Message("이 카드에는 핵심 개념이 없습니다.")
    String no_concepts();

    @Message("말함")
    String covered();

    @Message("빠짐")
    String missed();

    @Message("이어질 꼬리 질문")
    String follow_ups();

    @Message("이 질문에는 꼬리 질문이 없습니다.")
    String no_follow_ups();

    @Message("면접관 평가")
    String your_rating();

    @Message("면접관 메모")
    String your_notes();

    @Message("평가 저장")
    String save_rating();

    @Message("기록된 평가: {rating}")
    String recorded_rating(int rating);

    @Message("아직 평가하지 않았습니다.")
    String not_rated();

    @Message("지원자가 이 면접관 링크를 거두었습니다.")
    String withdrawn();
}
