package dev.prepdeck.content.authoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the topic editor; English in authoring_en.properties. */
@MessageBundle(value = "authoring", locale = "ko")
public interface AuthoringMessages {

    @Message("주제 편집기")
    String title();

    @Message("주제 편집")
    String nav();

    @Message("주제마다 하나의 마크다운 문서입니다. 저장할 때마다 수정본이 남고, 게시하기 전까지 학습자에게는 보이지 않습니다.")
    String help();

    @Message("새 주제")
    String new_topic();

    @Message("주제")
    String col_topic();

    @Message("출처")
    String col_origin();

    @Message("수정본")
    String col_revisions();

    @Message("상태")
    String col_state();

    @Message("콘텐츠 폴더")
    String origin_folder();

    @Message("사이트")
    String origin_site();

    @Message("폴더에서 가져옴 (사이트 소유)")
    String origin_taken_over();

    @Message("게시됨")
    String state_live();

    @Message("초안 있음")
    String state_draft();

    @Message("게시 전")
    String state_unpublished();

    @Message("읽기 전용")
    String state_read_only();

    @Message("편집")
    String edit();

    @Message("보기")
    String view();

    @Message("가져오기 메모")
    String notes();

    @Message("문제가 아니라 안내입니다. 사이트가 소유한 주제의 폴더 파일은 가져오지 않습니다.")
    String notes_help();

    @Message("주제를 콘텐츠 폴더에 돌려주었습니다.")
    String done_released();

    @Message("주제를 만들었습니다. 게시하기 전까지 학습자에게 보이지 않습니다.")
    String done_created();

    @Message("새 수정본을 저장했습니다.")
    String done_saved();

    @Message("게시했습니다. 학습자가 이제 이 내용을 봅니다.")
    String done_published();

    @Message("사이트가 이 주제를 가져왔습니다. 이제 여기서 편집하고, 폴더의 파일은 가져오지 않습니다.")
    String done_taken_over();

    @Message("이전 수정본을 새 수정본으로 복원했습니다.")
    String done_restored();

    @Message("그 사이에 다른 수정본이 저장되었습니다. 목록을 확인하고 다시 복원하세요.")
    String done_stale();

    @Message("이 주제는 콘텐츠 폴더의 파일에서 옵니다. 여기서 편집하려면 먼저 가져오세요. 그 뒤로는 폴더의 파일을 가져오지 않습니다.")
    String read_only();

    @Message("사이트로 가져오기")
    String take_over();

    @Message("콘텐츠 폴더에 돌려주기")
    String release();

    @Message("먼저 주제를 콘텐츠 폴더로 내보내세요. 돌려주면 폴더의 파일이 다시 기준이 됩니다.")
    String release_help();

    @Message("마크다운")
    String markdown();

    @Message("변경 설명")
    String change_message();

    @Message("무엇을 왜 바꾸었는지")
    String message_hint();

    @Message("저장")
    String save();

    @Message("게시")
    String publish();

    @Message("수정본 {a} 게시")
    String publish_revision(int a);

    @Message("수정본")
    String revisions();

    @Message("수정본")
    String revision();

    @Message("최신 수정본")
    String head();

    @Message("게시된 수정본")
    String published();

    @Message("없음")
    String none();

    @Message("미리보기")
    String preview();

    @Message("지금 미리보기")
    String preview_now();

    @Message("문제")
    String problems();

    @Message("문제가 없습니다.")
    String no_problems();

    @Message("이 편집은 카드 %cards%개를 바꾸며, 그 카드를 학습 중인 학습자는 %learners%명입니다.")
    String impact();

    @Message("카드 %removed%개를 없앱니다(학습 기록은 남습니다).")
    String impact_removed();

    @Message("새 카드 %added%개.")
    String impact_added();

    @Message("id가 없는 카드에는 저장할 때 id가 붙습니다.")
    String ids_note();

    @Message("Ctrl+S 저장 · Ctrl+Enter 미리보기")
    String keys();

    @Message("다른 수정본과 충돌")
    String conflict_title();

    @Message("편집을 시작한 뒤에 다른 사람이 저장했습니다. 아무것도 덮어쓰지 않았습니다. 아래의 차이를 보고, 편집 창의 내 텍스트를 합친 뒤 다시 저장하세요.")
    String conflict_help();

    @Message("그들의 수정본")
    String theirs();

    @Message("내 텍스트")
    String yours();

    @Message("- 그들의 수정본에만 있음 · + 내 텍스트에만 있음")
    String diff_legend();

    @Message("비교")
    String compare();

    @Message("이전")
    String from();

    @Message("이후")
    String to();

    @Message("이 수정본 복원")
    String restore();

    @Message("작성자")
    String author();

    @Message("시각")
    String when();

    @Message("수정본 {a} → {b}")
    String diff_title(Integer a, Integer b);

    @Message("두 수정본은 같습니다.")
    String no_changes();

    @Message("편집기로")
    String back();

    @Message("모든 주제")
    String all_topics();

    @Message("기준")
    String based_on();
}
