package dev.prepdeck.quiz;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer to one question, as the API receives it and as it is stored: the typed gaps of a cloze card, the
 * picked option indexes of a choice card, or the step indexes of an ordering card in the order the learner put them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Send the field that fits the question's kind: gaps (cloze), options (choice) or order (order)")
public record QuizAnswer(
        @Schema(description = "Cloze: one typed text per gap, in the order the gaps appear") List<String> gaps,
        @Schema(description = "Choice: the indexes of the picked options (0 is the first)") List<Integer> options,
        @Schema(description = "Order: every step index (as listed in the question), in the learner's order")
        List<Integer> order) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be encoded", e);
        }
    }

    static QuizAnswer fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, QuizAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer could not be decoded", e);
        }
    }
}
