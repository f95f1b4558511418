package dev.prepdeck.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;

/** What the content API says about a card, for browser tests that check the screen against it. */
public final class ContentApi {

    private ContentApi() {
    }

    /** The text of a card's question (its front) in {@code lang} (ko or en). */
    public static String questionText(String cardId, String lang) {
        return Jsoup.parse(given().get("/api/cards/" + cardId).jsonPath().getString(lang + ".front")).text();
    }

    /** For each option of a choice card in {@code topic}, in order, whether it is a correct answer. */
    @SuppressWarnings("unchecked")
    public static List<Boolean> correctOptions(String topic, String cardId) {
        List<Map<String, Object>> cards = given().get("/api/topics/" + topic).jsonPath().getList("cards");
        Map<String, Object> card = cards.stream().filter(c -> cardId.equals(c.get("id"))).findFirst().orElseThrow();
        List<Map<String, Object>> options = (List<Map<String, Object>>) ((Map<String, Object>) card.get("ko")).get("options");
        return options.stream().map(o -> Boolean.TRUE.equals(o.get("correct"))).toList();
    }
}
