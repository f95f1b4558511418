package dev.prepdeck.demo.dns;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the DNS demo page; Korean is the default, English lives in dns_en.properties. */
@MessageBundle(value = "dns", locale = "ko")
public interface DnsMessages {

    @Message("실시간 DNS 조회 추적")
    String page_title();

    @Message("서버가 dig +trace처럼 루트 서버부터 직접 질의하며 DNS 계층을 따라 내려갑니다. 각 홉이 도착하는 대로 그려집니다.")
    String page_intro();

    @Message("모든 질의는 이 서버가 보내는 실제 DNS 패킷입니다. 악용을 막기 위해 이름만 받으며, 클라이언트별 횟수와 동시 실행 수가 제한됩니다.")
    String page_note();

    @Message("이 데모가 보여 주는 카드")
    String page_cards();

    @Message("브라우저가 www.github.com의 IP를 찾는 단계")
    String card_steps();

    @Message("DNS 캐시의 층위")
    String card_caches();

    @Message("리퍼럴과 글루 레코드")
    String card_referral();

    @Message("CNAME 체인")
    String card_cname();

    @Message("PTR(역방향) 조회")
    String card_ptr();

    @Message("TTL과 캐시 기간")
    String card_ttl();

    @Message("네트워크가 DNS를 가로채고 있습니다. 실시간 응답 대신 녹화된 추적을 보여 드립니다.")
    String intercepted();

    @Message("이 데모는 JavaScript가 필요합니다. API를 직접 호출할 수도 있습니다:")
    String noscript();
}
