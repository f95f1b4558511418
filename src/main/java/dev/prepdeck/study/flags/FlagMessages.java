package dev.prepdeck.study.flags;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the flags loop (the reason asked on the review screen, the mentors' list); English in flags_en. */
@MessageBundle(value = "flags", locale = "ko")
public interface FlagMessages {

    @Message("실패율")
    String failure_rate();

    @Message("학습자 {learners}명의 채점 {reviews}번 중 다시 {failed}번")
    String failure_detail(long failed, long reviews, long learners);

    @Message("편집기에서 열기")
    String open_editor();

    @Message("해결")
    String resolve_heading();

    @Message("해결됨으로 표시")
    String resolve();

    @Message("카드 {cardId}의 표시를 모두 해제했습니다.")
    String resolved(String cardId);

    @Message("멘토에게 표시")
    String dialog_title();

    @Message("이유 (선택)")
    String dialog_reason();

    @Message("무엇이 잘못되었나요? 예: 답이 틀림, 질문이 모호함")
    String dialog_placeholder();

    @Message("표시")
    String dialog_flag();

    @Message("취소")
    String dialog_cancel();

    @Message("사이트에 게시된 모든 콘텐츠를 Markdown(zip)으로 내려받기")
    String export_all();
}
