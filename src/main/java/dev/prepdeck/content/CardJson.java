package dev.prepdeck.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.content.parse.CardView;

/** Stores a rendered card as JSON in its row. */
final class CardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CardJson() {
    }

    static String write(CardView view) {
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("card could not be encoded", e);
        }
    }

    static CardView read(String json) {
        try {
            return MAPPER.readValue(json, CardView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored card could not be decoded", e);
        }
    }
}
