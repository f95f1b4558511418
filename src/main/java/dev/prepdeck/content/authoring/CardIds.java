package dev.prepdeck.content.authoring;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every card of a topic document an id: a structured card heading with only its kind ({@code ### basic}) gets
 * {@code ### basic <topic>-<random>}, and a quick card without a block id gets {@code ^<topic>-<random>} on its last
 * line. Nothing else in the text changes. Pure Java, no framework.
 */
public final class CardIds {

    private static final Pattern SECTION = Pattern.compile("^##\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern KIND_ONLY = Pattern.compile("^(###\\s+)(basic|cloze|choice|order|followup)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOPIC_ID = Pattern.compile("^id:\\s*([a-z0-9][a-z0-9-]*)\\s*$");
    private static final Pattern BLOCK_ID = Pattern.compile("\\^[A-Za-z0-9][A-Za-z0-9-]*\\s*$");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The text with ids filled in and how many were added. */
    public record Filled(String markdown, int added) {
    }

    private CardIds() {
    }

    public static Filled fill(String markdown) {
        return fill(markdown, CardIds::randomSuffix);
    }

    static Filled fill(String markdown, Supplier<String> suffixes) {
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String prefix = topicPrefix(lines);
        int added = 0;
        String section = "";
        boolean fenced = false;
        int blockEnd = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = SECTION.matcher(line);
            if (heading.matches() && !line.startsWith("###")) {
                section = heading.group(1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            if (isCards(section)) {
                Matcher kindOnly = KIND_ONLY.matcher(line);
                if (kindOnly.matches()) {
                    lines[i] = kindOnly.group(1) + kindOnly.group(2) + " " + prefix + suffixes.get();
                    added++;
                }
            } else if (isQuick(section) && !line.isBlank() && i > blockEnd) {
                blockEnd = i;
                while (blockEnd + 1 < lines.length && !lines[blockEnd + 1].isBlank()
                        && !SECTION.matcher(lines[blockEnd + 1]).matches()) {
                    blockEnd++;
                }
                if (isQuickCard(lines, i, blockEnd) && !BLOCK_ID.matcher(lines[blockEnd]).find()) {
                    lines[blockEnd] = lines[blockEnd].stripTrailing() + " ^" + prefix + suffixes.get();
                    added++;
                }
            }
        }
        return new Filled(String.join("\n", lines), added);
    }

    private static boolean isCards(String section) {
        return section.equals("cards") || section.equals("카드");
    }

    private static boolean isQuick(String section) {
        return section.equals("quick cards") || section.equals("빠른 카드");
    }

    private static boolean isQuickCard(String[] lines, int from, int to) {
        for (int k = from; k <= to; k++) {
            String s = lines[k].strip();
            if (s.equals("?") || s.equals("??") || s.contains("::")) {
                return true;
            }
        }
        return false;
    }

    /** The topic id from the front matter, shortened, with a dash; "card-" when the document has none yet. */
    private static String topicPrefix(String[] lines) {
        String topic = declaredTopicId(lines);
        return topic == null ? "card-" : (topic.length() > 40 ? topic.substring(0, 40) : topic) + "-";
    }

    /** The {@code id:} a document's front matter declares, or null; read without parsing the rest. */
    public static String declaredTopicId(String markdown) {
        return declaredTopicId(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static String declaredTopicId(String[] lines) {
        if (lines.length > 0 && lines[0].replace("\uFEFF", "").strip().equals("---")) {
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                Matcher id = TOPIC_ID.matcher(lines[i]);
                if (id.matches()) {
                    return id.group(1);
                }
            }
        }
        return null;
    }

    private static String randomSuffix() {
        StringBuilder s = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
