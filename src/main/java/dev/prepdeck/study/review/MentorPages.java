package dev.prepdeck.study.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jsoup.Jsoup;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.Topic;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** For mentors: cards learners flagged and leeches, with how many learners each, so they can be fixed. */
@Path("/mentor/flags")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"mentor", "admin"})
@Blocking
public class MentorPages {

    /** One card needing attention. */
    public record Row(String cardId, String topicId, String topicTitle, String front, long flagged, long leeches,
            Instant lastFlagged) {

        /** When the card was last flagged, to the minute (UTC). */
        public String lastFlaggedText() {
            return lastFlagged == null ? "" : WHEN.format(lastFlagged) + " UTC";
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flags(List<Row> rows, String lang);
    }

    @GET
    public TemplateInstance flags(@Context HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        return Templates.flags(QuarkusTransaction.requiringNew().call(() -> rows(lang)), lang);
    }

    static List<Row> rows(String lang) {
        Map<String, String> titles = new HashMap<>();
        Topic.<Topic>listAll().forEach(t -> titles.put(t.id, t.title(lang)));
        List<Row> rows = new ArrayList<>();
        for (Object[] summary : CardProgress.attentionSummary()) {
            Card card = Card.findById(summary[0]);
            if (card == null) {
                continue;
            }
            String front = Jsoup.parse(card.view().side(lang).front()).text();
            if (front.length() > 140) {
                front = front.substring(0, 139) + "…";
            }
            rows.add(new Row(card.id, card.topicId, titles.getOrDefault(card.topicId, card.topicId), front,
                    ((Number) summary[1]).longValue(), ((Number) summary[2]).longValue(), (Instant) summary[3]));
        }
        rows.sort((a, b) -> Long.compare(b.flagged() + b.leeches(), a.flagged() + a.leeches()));
        return rows;
    }
}
