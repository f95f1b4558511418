package dev.prepdeck.system;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What error answers say, in pages and in problem JSON alike: a title and a plain explanation per status, and the
 * few more specific reasons. Korean is the default, English lives in err_en.properties.
 */
@MessageBundle(value = "err", locale = "ko")
public interface ErrorMessages {

    @Message("잘못된 요청")
    String title_400();

    @Message("로그인 필요")
    String title_401();

    @Message("접근 권한 없음")
    String title_403();

    @Message("찾을 수 없음")
    String title_404();

    @Message("허용되지 않는 메서드")
    String title_405();

    @Message("지원하지 않는 응답 형식")
    String title_406();

    @Message("충돌")
    String title_409();

    @Message("요청이 너무 큼")
    String title_413();

    @Message("주소가 너무 김")
    String title_414();

    @Message("지원하지 않는 형식")
    String title_415();

    @Message("요청이 너무 많음")
    String title_429();

    @Message("서버 오류")
    String title_500();

    @Message("일시적으로 사용할 수 없음")
    String title_503();

    @Message("오류")
    String title_other();

    @Message("요청이 올바르지 않습니다.")
    String detail_400();

    @Message("먼저 로그인하세요.")
    String detail_401();

    @Message("이 계정으로는 접근할 수 없습니다.")
    String detail_403();

    @Message("이 주소에는 아무것도 없습니다.")
    String detail_404();

    @Message("이 주소는 그 메서드를 받지 않습니다.")
    String detail_405();

    @Message("이 주소는 요청한 형식으로 답할 수 없습니다.")
    String detail_406();

    @Message("요청이 현재 상태와 맞지 않습니다. 새로고침한 뒤 다시 시도하세요.")
    String detail_409();

    @Message("요청 본문이 너무 큽니다 (최대 {limit}).")
    String detail_413(String limit);

    @Message("주소가 너무 깁니다 (최대 {limit}자).")
    String detail_414(int limit);

    @Message("JSON(Content-Type: application/json)이나 폼으로 보내세요.")
    String detail_415();

    @Message("요청이 너무 많습니다. 잠시 기다린 뒤 다시 시도하세요.")
    String detail_429();

    @Message("요청을 처리할 수 없습니다.")
    String detail_other();

    @Message("요청에 올바르지 않은 항목이 있습니다.")
    String detail_invalid_fields();

    @Message("요청 본문이 올바른 JSON이 아닙니다.")
    String detail_json_invalid();

    @Message("요청 본문은 JSON {kind} 형식이어야 합니다.")
    String detail_json_body(String kind);

    @Message("'{field}' 항목의 값은 {kind} 형식이어야 합니다.")
    String detail_json_field(String field, String kind);

    @Message("{kind} 형식이어야 합니다")
    String field_must_be(String kind);

    @Message("정수")
    String kind_whole_number();

    @Message("숫자")
    String kind_number();

    @Message("true 또는 false")
    String kind_boolean();

    @Message("텍스트")
    String kind_text();

    @Message("목록")
    String kind_list();

    @Message("객체")
    String kind_object();

    @Message("다른 종류의 값")
    String kind_other();

    @Message("저장된 것은 없습니다. 지금은 데이터베이스에 쓸 수 없습니다. 잠시 후 다시 시도하세요. 같은 요청을 다시 보내도 안전합니다.")
    String detail_database_unavailable();

    @Message("폼이 오래되었거나 이 사이트에서 온 것이 아닙니다. 페이지를 새로고침한 뒤 다시 시도하세요.")
    String detail_csrf();

    @Message("다른 사이트에서 온 요청은 받지 않습니다.")
    String detail_cross_site();

    @Message("상태를 바꾸는 요청은 JSON(Content-Type: application/json)이나 CSRF 토큰이 있는 폼으로 보내야 합니다.")
    String detail_json_or_form();

    @Message("메트릭은 운영자용입니다. 스크레이프 토큰(Authorization: Bearer …)을 보내거나 admin으로 로그인하세요.")
    String detail_metrics_401();

    @Message("admin이나 메트릭 토큰을 가진 스크레이퍼만 메트릭을 읽을 수 있습니다.")
    String detail_metrics_403();
}
