package dev.prepdeck.demo.timewait;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Page strings of the TIME_WAIT demo; English in tw_en.properties. The widget carries its own texts. */
@MessageBundle(value = "tw", locale = "ko")
public interface TimeWaitMessages {

    @Message("TIME_WAIT 라이브 데모")
    String page_title();

    @Message("이 서버의 실제 리눅스 커널에서 TCP 연결을 닫고, 커널 소켓 표(/proc/net/tcp6)가 보여 주는 상태와 TIME_WAIT 타이머를 그대로 보여 줍니다. 아래쪽 시뮬레이션은 커널이 마음대로 재현해 주지 않는 상황(마지막 ACK 유실, 지연된 옛 세그먼트)을 보여 줍니다.")
    String page_intro();

    @Message("이 데모는 JavaScript가 필요합니다. API로 직접 실행할 수도 있습니다: POST /api/demos/time-wait?closer=client")
    String noscript();

    @Message("TIME_WAIT 주제와 카드로")
    String back_to_topic();
}
