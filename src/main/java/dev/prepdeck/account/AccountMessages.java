package dev.prepdeck.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of login, sign-up, settings and user administration; English in account_en.properties. */
@MessageBundle(value = "account", locale = "ko")
public interface AccountMessages {

    @Message("로그인")
    String nav_login();

    @Message("가입")
    String nav_signup();

    @Message("로그아웃")
    String nav_logout();

    @Message("설정")
    String nav_settings();

    @Message("사용자 관리")
    String nav_admin();

    @Message("로그인")
    String login_title();

    @Message("아이디")
    String field_username();

    @Message("비밀번호")
    String field_password();

    @Message("비밀번호 확인")
    String field_password_confirm();

    @Message("초대 코드")
    String field_invite();

    @Message("로그인")
    String login_submit();

    @Message("계정이 없으신가요?")
    String login_no_account();

    @Message("아이디 또는 비밀번호가 올바르지 않습니다.")
    String login_failed();

    @Message("로그인 시도가 너무 많습니다. {minutes}분 후에 다시 시도하세요.")
    String login_throttled(long minutes);

    @Message("이 주소에서 가입 시도가 너무 많습니다. {minutes}분 후에 다시 시도하세요.")
    String signup_throttled(long minutes);

    @Message("학습 기록을 저장하려면 로그인하세요.")
    String login_needed();

    @Message("가입")
    String signup_title();

    @Message("가입하기")
    String signup_submit();

    @Message("이미 계정이 있으신가요?")
    String signup_have_account();

    @Message("지금은 가입을 받지 않습니다. 관리자에게 문의하세요.")
    String signup_closed();

    @Message("초대 코드가 있어야 가입할 수 있습니다.")
    String signup_invite_only();

    @Message("영문 소문자, 숫자, 점(.), 밑줄(_), 하이픈(-)으로 3~32자. 대소문자는 구분하지 않습니다.")
    String signup_username_hint();

    @Message("8자 이상 (UTF-8로 72바이트 이하).")
    String signup_password_hint();

    @Message("아이디는 영문 소문자, 숫자, . _ - 로 3~32자여야 하고 영문자나 숫자로 시작해야 합니다.")
    String err_username_format();

    @Message("이미 사용 중인 아이디입니다.")
    String err_username_taken();

    @Message("비밀번호는 8자 이상이어야 합니다.")
    String err_password_short();

    @Message("비밀번호가 너무 깁니다 (UTF-8로 72바이트 이하).")
    String err_password_long();

    @Message("비밀번호 확인이 일치하지 않습니다.")
    String err_password_mismatch();

    @Message("초대 코드를 입력하세요.")
    String err_invite_required();

    @Message("초대 코드가 올바르지 않거나 이미 사용되었거나 만료되었습니다.")
    String err_invite_invalid();

    @Message("학습 설정")
    String settings_title();

    @Message("목표 기억률")
    String settings_retention();

    @Message("복습할 때 기억하고 있을 확률의 목표입니다 (0.70–0.99, 기본 0.90). 높을수록 복습이 많아집니다.")
    String settings_retention_hint();

    @Message("하루 새 카드 수")
    String settings_new_cards();

    @Message("하루 최대 복습 수")
    String settings_reviews();

    @Message("학습 단계")
    String settings_learning_steps();

    @Message("재학습 단계")
    String settings_relearning_steps();

    @Message("공백으로 구분한 간격, 단위 s/m/h/d (예: 1m 10m).")
    String settings_steps_hint();

    @Message("시간대")
    String settings_time_zone();

    @Message("하루가 시작되는 시각")
    String settings_rollover();

    @Message("이 시각(현지 시간, 0–23시) 이후에 다음 날 카드가 나옵니다. 기본 4시.")
    String settings_rollover_hint();

    @Message("화면 언어")
    String settings_language();

    @Message("저장")
    String settings_save();

    @Message("저장했습니다.")
    String settings_saved();

    @Message("입력값을 확인하세요.")
    String form_has_errors();

    @Message("0.70에서 0.99 사이의 값을 입력하세요.")
    String err_retention();

    @Message("0에서 9999 사이의 정수를 입력하세요.")
    String err_new_cards();

    @Message("0에서 99999 사이의 정수를 입력하세요.")
    String err_reviews();

    @Message("간격을 공백으로 구분해 입력하세요 (예: 1m 10m, 단위 s/m/h/d, 최대 10개).")
    String err_steps();

    @Message("IANA 시간대 이름을 입력하세요 (예: Asia/Seoul).")
    String err_time_zone();

    @Message("0에서 23 사이의 시각을 입력하세요.")
    String err_rollover();

    @Message("ko 또는 en을 선택하세요.")
    String err_language();

    @Message("사용자 관리")
    String admin_title();

    @Message("가입 방식")
    String admin_registration();

    @Message("사용자")
    String admin_users();

    @Message("검색")
    String admin_search();

    @Message("역할")
    String admin_role();

    @Message("가입일")
    String admin_created();

    @Message("변경")
    String admin_change();

    @Message("이전")
    String admin_prev();

    @Message("다음")
    String admin_next();

    @Message("초대 코드")
    String admin_invites();

    @Message("초대 코드 만들기")
    String admin_create_invite();

    @Message("만료")
    String admin_expires();

    @Message("가입 링크")
    String admin_invite_link();

    @Message("사용 가능한 초대 코드가 없습니다.")
    String admin_no_invites();

    @Message("마지막 관리자의 역할은 바꿀 수 없습니다.")
    String admin_last_admin();

    @Message("역할을 바꿨습니다.")
    String admin_role_changed();

    @Message("초대 코드를 만들었습니다.")
    String admin_invite_created();

    @Message("{total}명")
    String admin_user_count(long total);

    @Message("{page} / {pages} 쪽")
    String admin_page_of(int page, int pages);

    @Message("지원자")
    String role_candidate();

    @Message("멘토")
    String role_mentor();

    @Message("관리자")
    String role_admin();

    @Message("누구나 가입")
    String mode_open();

    @Message("초대 코드로 가입")
    String mode_invite();

    @Message("가입 닫힘")
    String mode_closed();

    @Message("비밀번호 변경")
    String settings_password_title();

    @Message("현재 비밀번호")
    String settings_current_password();

    @Message("새 비밀번호")
    String settings_new_password();

    @Message("새 비밀번호 확인")
    String settings_new_password_confirm();

    @Message("비밀번호 바꾸기")
    String settings_password_submit();

    @Message("비밀번호를 바꿨습니다. 다른 기기의 로그인은 모두 끝났습니다.")
    String settings_password_changed();

    @Message("로그아웃하면 이 계정으로 로그인한 모든 기기에서 로그아웃됩니다.")
    String settings_logout_hint();

    @Message("계정 삭제")
    String settings_delete_title();

    @Message("계정과 모든 학습 기록이 지워지며 되돌릴 수 없습니다. 기록을 남기려면 먼저 내보내세요.")
    String settings_delete_hint();

    @Message("비밀번호")
    String settings_delete_password();

    @Message("계정 영구 삭제")
    String settings_delete_submit();

    @Message("비밀번호가 올바르지 않습니다.")
    String err_current_password();

    @Message("마지막 관리자는 계정을 삭제할 수 없습니다. 먼저 다른 사람을 관리자로 지정하세요.")
    String err_last_admin_delete();

    @Message("너무 흔한 비밀번호입니다. 추측하기 어려운 비밀번호를 고르세요.")
    String err_password_common();

    @Message("비밀번호에 아이디를 넣을 수 없습니다.")
    String err_password_username();
}
