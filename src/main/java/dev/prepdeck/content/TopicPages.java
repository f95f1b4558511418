package dev.prepdeck.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.content.parse.CardView;
import dev.prepdeck.content.parse.HeadingLevels;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.stats.StatsService;
import dev.prepdeck.study.stats.StudyStats.TopicProgress;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Server-rendered pages for browsing topics, practising their cards and reading content problems. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TopicPages {

    @Inject
    ContentImportService importer;

    @Inject
    CurrentUser user;

    @Inject
    CurrentLearner learner;

    @Inject
    StatsService stats;

    /** A topic tile on the home page; {@code progress} is the signed-in learner's, else null. */
    public record Tile(Topic topic, long cards, TopicProgress progress) {
    }

    /** A card as a topic page shows it; {@code parent} is the question a follow-up is asked after, else null. */
    public record CardItem(Card card, CardView.Side side, boolean translated, CardView.Side parent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Tile> tiles, long totalCards, boolean signedIn, String lang);

        static native TemplateInstance topic(Topic topic, String modelAnswer, String answerLang, List<CardItem> cards,
                String lang);

        static native TemplateInstance practice(String source, String heading, String lang);

        static native TemplateInstance problems(List<ContentProblemRow> problems);
    }

    @GET
    public TemplateInstance home(@Context HttpHeaders headers) {
        Map<String, Long> counts = Card.countActiveByTopic();
        boolean signedIn = user.isLoggedIn();
        Map<String, TopicProgress> progress = signedIn
                ? stats.progressByTopic(learner.id(), learner.preferences())
                : Map.of();
        List<Tile> tiles = Topic.listActive().stream()
                .map(t -> new Tile(t, counts.getOrDefault(t.id, 0L),
                        signedIn ? progress.getOrDefault(t.id, new TopicProgress(0, 0, null)) : null))
                .toList();
        long total = tiles.stream().mapToLong(Tile::cards).sum();
        return Templates.home(tiles, total, signedIn, lang(headers));
    }

    @GET
    @Path("topics/{id}")
    public TemplateInstance topic(@PathParam("id") String id, @Context HttpHeaders headers) {
        Topic topic = requireTopic(id);
        String lang = lang(headers);
        List<Card> active = Card.listActiveByTopic(id);
        Map<String, Card> byId = active.stream().collect(Collectors.toMap(c -> c.id, c -> c));
        List<CardItem> cards = active.stream()
                .map(c -> new CardItem(c, c.view().side(lang), !"en".equals(lang) || c.view().hasEnglish(),
                        parentQuestion(c, byId, lang)))
                .toList();
        // the page has its own h1 and a "model answer" h2, so the answer's own headings start at h3
        String answerLang = topic.hasAnswerIn(lang) ? lang : "ko";
        return Templates.topic(topic, HeadingLevels.nestUnder(topic.bodyHtml(lang), 2), answerLang, cards, lang);
    }

    @GET
    @Path("topics/{id}/practice")
    public TemplateInstance practiceTopic(@PathParam("id") String id, @Context HttpHeaders headers) {
        Topic topic = requireTopic(id);
        String lang = lang(headers);
        return Templates.practice("/api/topics/" + topic.id, topic.title(lang), lang);
    }

    @GET
    @Path("practice")
    public TemplateInstance practiceAll(@Context HttpHeaders headers) {
        return Templates.practice("/api/topics", null, lang(headers));
    }

    @GET
    @Path("content/problems")
    public TemplateInstance problems() {
        return Templates.problems(importer.problems());
    }

    /** The parent's side in {@code lang}, looked up in the topic first, as a follow-up may follow any card. */
    private static CardView.Side parentQuestion(Card card, Map<String, Card> topicCards, String lang) {
        if (card.follows == null) {
            return null;
        }
        Card parent = topicCards.get(card.follows);
        if (parent == null) {
            parent = Card.findActive(card.follows);
        }
        return parent == null ? null : parent.view().side(lang);
    }

    private static Topic requireTopic(String id) {
        Topic topic = Topic.findActive(id);
        if (topic == null) {
            throw new NotFoundException("No topic has the id '" + id + "'.");
        }
        return topic;
    }

    static String lang(HttpHeaders headers) {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }
}
