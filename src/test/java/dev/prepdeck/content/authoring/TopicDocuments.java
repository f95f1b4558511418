package dev.prepdeck.content.authoring;

/** Topic documents the editor tests write: one with every card kind, and a small one to edit. */
final class TopicDocuments {

    private TopicDocuments() {
    }

    /** Every card kind (basic, cloze with two gaps, choice, order, follow-up, one-way and two-way quick cards). */
    static String everyKind(String topicId, String prefix) {
        return """
                ---
                id: %1$s
                title:
                  ko: 모든 종류
                  en: Every kind
                category: network
                tags: [tcp]
                ---
                # 모든 종류

                모범 답안과 [링크](https://example.org/).

                ## Cards

                ### basic %2$s-basic
                Q: 기본 질문?

                A: 기본 답.

                Q.en: Basic question?

                A.en: Basic answer.

                ### cloze %2$s-cloze
                Text: 리눅스는 TIME_WAIT를 {{c1::60초}} 동안, 상수 {{c2::TCP_TIMEWAIT_LEN}}로 유지한다.

                ### choice %2$s-choice
                Q: 고르시오

                Options:
                - [ ] 120초
                  흔한 오해.
                - [x] 60초
                  커널 상수.

                ### order %2$s-order
                Q: 순서는?

                Steps:
                1. DNS 조회
                2. TCP 연결
                3. TLS

                ### followup %2$s-follow
                Follows: %2$s-basic
                Q: 꼬리 질문?

                A: 꼬리 답.

                ## Quick cards

                앞면::뒷면 ^%2$s-quick

                양쪽:::방향 ^%2$s-both
                """.formatted(topicId, prefix);
    }

    static String small(String topicId, String cardId, String answer) {
        return """
                ---
                id: %s
                title:
                  ko: 작은 주제
                  en: Small topic
                category: network
                ---
                # 작은 주제

                ## Cards

                ### basic %s
                Q: 질문?

                A: %s
                """.formatted(topicId, cardId, answer);
    }
}
