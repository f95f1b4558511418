package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one topic file (front matter, model answer, structured cards and Obsidian-style quick cards).
 * Never throws on bad content: every defect becomes a {@link ContentProblem} and the rest still loads.
 */
public final class TopicParser {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final Set<String> KNOWN_DEMOS = Set.of("dns-trace", "time-wait");

    private static final Pattern CARD_HEADING = Pattern.compile("^###\\s+(.*)$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^##\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FIELD = Pattern.compile(
            "^(Q|A|Text|Options|Steps|Extra)(\\.en)?:\\s?(.*)$|^(Follows|Keys):\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^[-*]\\s+\\[([ xX])]\\s+(.*)$");
    private static final Pattern KEY_ITEM = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern STEP = Pattern.compile("^\\d+[.)]\\s+(.*)$");
    private static final Pattern BLOCK_ID = Pattern.compile("\\s*\\^([A-Za-z0-9][A-Za-z0-9-]*)\\s*$");
    static final Pattern GAP = Pattern.compile("\\{\\{(?:c(\\d+)::)?(.+?)(?:::(.+?))?}}");

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    private TopicParser(String file) {
        this.file = file;
    }

    /** Result of parsing one file: the topic (null when the file cannot be used at all) and its problems. */
    public record Result(TopicSource topic, List<ContentProblem> problems) {
    }

    public static Result parse(String file, String text) {
        TopicParser parser = new TopicParser(file);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        TopicSource topic = parser.storable(normalized) ? parser.parseTopic(normalized) : null;
        return new Result(topic, List.copyOf(parser.problems));
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    /** Whether the file as a whole can be stored: a path that fits and no NUL character (PostgreSQL refuses it). */
    private boolean storable(String text) {
        if (file.length() > ContentLimits.FILE) {
            problem(1, "The file's path inside the content folder is " + file.length() + " characters long; at most "
                    + ContentLimits.FILE + " fit. Shorten the folder or file name; the topic is skipped.");
            return false;
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problem(lineAt(text, nul), "This line holds a NUL character (U+0000), which no text may contain;"
                    + " the topic is skipped. Remove it, or save the file as UTF-8 text.");
            return false;
        }
        return true;
    }

    private static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    // ---------------------------------------------------------------- topic

    private TopicSource parseTopic(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problem(1, "The file must start with front matter: a line '---', the topic's id, title, category, and a closing '---'.");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problem(1, "The front matter is never closed: add a line '---' after it.");
            return null;
        }
        Map<String, Object> front = FrontMatter.parse(lines, 1, close, this::problem);
        if (front == null) {
            return null;
        }
        String id = string(front, "id");
        String category = string(front, "category");
        String titleKo = null;
        String titleEn = null;
        Object title = front.get("title");
        if (title instanceof Map<?, ?> map) {
            titleKo = map.get("ko") instanceof String s ? s : null;
            titleEn = map.get("en") instanceof String s ? s : null;
        }
        boolean usable = true;
        if (id == null || !ID.matcher(id).matches()) {
            problem(FrontMatter.lineOf(front, "id", 1), id == null
                    ? "The front matter has no 'id'. Give the topic a stable id such as 'tcp-time-wait'."
                    : "The topic id '" + id + "' may contain only lower-case letters, digits and '-'.");
            usable = false;
        }
        if (titleKo == null || titleEn == null) {
            problem(FrontMatter.lineOf(front, "title", 1),
                    "The front matter needs 'title' with both 'ko' and 'en' lines under it.");
            usable = false;
        }
        if (category == null) {
            problem(1, "The front matter has no 'category' (for example 'network').");
            usable = false;
        }
        if (!usable) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        Object rawTags = front.get("tags");
        if (rawTags instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        } else if (rawTags instanceof String s && !s.isBlank()) {
            tags.add(s);
        }
        // every value is checked, so one import lists all that must be shortened
        boolean fits = fits(front, "id", "The topic id", id, ContentLimits.TOPIC_ID);
        fits &= fits(front, "title", "The Korean title", titleKo, ContentLimits.TITLE);
        fits &= fits(front, "title", "The English title", titleEn, ContentLimits.TITLE);
        fits &= fits(front, "category", "The category", category, ContentLimits.CATEGORY);
        fits &= fits(front, "tags", "The tags (joined with commas)", String.join(",", tags), ContentLimits.TAGS);
        if (!fits) {
            return null;
        }
        String demo = string(front, "demo");
        if (demo != null && !KNOWN_DEMOS.contains(demo)) {
            problem(FrontMatter.lineOf(front, "demo", 1), "Unknown demo '" + demo + "'. Known demos: "
                    + String.join(", ", new TreeSet<>(KNOWN_DEMOS)) + ". The topic loads without a demo.");
            demo = null;
        }
        int order = Integer.MAX_VALUE;
        String rawOrder = string(front, "order");
        if (rawOrder != null) {
            try {
                order = Integer.parseInt(rawOrder);
            } catch (NumberFormatException e) {
                problem(FrontMatter.lineOf(front, "order", 1), "'order' must be a whole number, not '" + rawOrder + "'.");
            }
        }
        for (String key : front.keySet()) {
            if (!key.startsWith("@") && !Set.of("id", "title", "category", "tags", "demo", "order").contains(key)) {
                problem(FrontMatter.lineOf(front, key, 1), "Unknown front matter key '" + key + "' is ignored.");
            }
        }

        StringBuilder body = new StringBuilder();
        List<CardSource> cards = new ArrayList<>();
        Section section = Section.BODY;
        int sectionStart = -1;
        boolean fenced = false;
        boolean hasCardSection = false;
        for (int i = close + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher heading = fenced ? null : SECTION_HEADING.matcher(line);
            if (heading != null && heading.matches() && !line.startsWith("###")) {
                if (section != Section.BODY) {
                    finishSection(section, lines, sectionStart, i, cards);
                }
                String name = heading.group(1).strip().toLowerCase(Locale.ROOT);
                if (name.equals("cards") || name.equals("카드")) {
                    hasCardSection = true;
                    section = Section.CARDS;
                    sectionStart = i + 1;
                    continue;
                } else if (name.equals("quick cards") || name.equals("빠른 카드")) {
                    hasCardSection = true;
                    section = Section.QUICK;
                    sectionStart = i + 1;
                    continue;
                }
                section = Section.BODY;
            }
            if (section == Section.BODY) {
                body.append(line).append('\n');
            }
        }
        if (section != Section.BODY) {
            finishSection(section, lines, sectionStart, lines.length, cards);
        }
        if (!hasCardSection) {
            problem(close + 2, "This topic has no cards. Add a '## Cards' section with '### <kind> <id>' cards.");
        }
        List<CardSource> storable = new ArrayList<>();
        for (CardSource card : cards) {
            if (card.id().length() > ContentLimits.CARD_ID) {
                problem(card.line(), "The card id " + ContentLimits.quoted(card.id()) + " is " + card.id().length()
                        + " characters long; at most " + ContentLimits.CARD_ID + " fit (a cloze gap adds '-c<n>', a"
                        + " reversed quick card '-rev'). This card is skipped; give it a shorter id.");
            } else {
                storable.add(card);
            }
        }
        return new TopicSource(file, id, titleKo, titleEn, category, List.copyOf(tags), demo, order,
                body.toString().strip() + "\n", List.copyOf(storable));
    }

    /** Reports a front matter value longer than its database column; the topic cannot be stored then. */
    private boolean fits(Map<String, Object> front, String key, String what, String value, int max) {
        if (value.length() <= max) {
            return true;
        }
        problem(FrontMatter.lineOf(front, key, 1), what + " " + ContentLimits.quoted(value) + " is " + value.length()
                + " characters long; at most " + max + " fit. The topic is skipped until it is shortened.");
        return false;
    }

    private enum Section { BODY, CARDS, QUICK }

    private void finishSection(Section section, String[] lines, int from, int to, List<CardSource> cards) {
        if (section == Section.CARDS) {
            parseCardsSection(lines, from, to, cards);
        } else if (section == Section.QUICK) {
            QuickCards.parse(lines, from, to, this::problem, cards);
        }
    }

    private static String string(Map<String, Object> front, String key) {
        Object value = front.get(key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    // ---------------------------------------------------------------- structured cards

    private void parseCardsSection(String[] lines, int from, int to, List<CardSource> cards) {
        int start = -1;
        boolean fenced = false;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && CARD_HEADING.matcher(line).matches()) {
                if (start >= 0) {
                    parseCard(lines, start, i, cards);
                }
                start = i;
            } else if (start < 0 && !line.isBlank()) {
                problem(i + 1, "Text before the first card is ignored: start each card with '### <kind> <id>'.");
                start = -2;
            }
        }
        if (start >= 0) {
            parseCard(lines, start, to, cards);
        }
    }

    private void parseCard(String[] lines, int headingIndex, int end, List<CardSource> cards) {
        int lineNo = headingIndex + 1;
        Matcher heading = CARD_HEADING.matcher(lines[headingIndex]);
        heading.matches();
        String[] words = heading.group(1).strip().split("\\s+");
        if (words.length < 2 || words[0].isEmpty()) {
            problem(lineNo, "A card heading needs a kind and an id, like '### basic tw-why'; this card has no id and is skipped.");
            return;
        }
        if (words.length > 2) {
            problem(lineNo, "A card heading is '### <kind> <id>'; the extra words '"
                    + String.join(" ", List.of(words).subList(2, words.length)) + "' are ignored.");
        }
        CardKind kind = CardKind.fromHeading(words[0].toLowerCase(Locale.ROOT));
        String id = words[1];
        if (kind == null) {
            problem(lineNo, "Unknown card kind '" + words[0] + "'. Use basic, cloze, choice, order or followup.");
            return;
        }
        if (!ID.matcher(id).matches()) {
            problem(lineNo, "The card id '" + id + "' may contain only lower-case letters, digits and '-'.");
            return;
        }
        Map<String, Field> fields = readFields(lines, headingIndex + 1, end);
        if (fields == null) {
            return;
        }
        if (kind == CardKind.CLOZE) {
            for (int i = headingIndex + 1; i < end; i++) {
                String reserved = ContentLimits.privateUse(lines[i]);
                if (reserved != null) {
                    problem(i + 1, "Cloze card '" + id + "' holds the private-use character " + reserved
                            + ", which PrepDeck reserves for marking gaps; this card is skipped. Remove the character.");
                    return;
                }
            }
        }
        Localized extra = localized(fields, "Extra");
        Field keysField = fields.get("Keys");
        if (keysField != null && kind != CardKind.BASIC && kind != CardKind.FOLLOWUP) {
            problem(keysField.line(), "'Keys:' only applies to basic and followup cards; ignored on '" + id + "'.");
        }
        switch (kind) {
            case BASIC, FOLLOWUP -> {
                Localized q = localized(fields, "Q");
                Localized a = localized(fields, "A");
                if (!require(lineNo, id, q, "Q:", "question") || !require(lineNo, id, a, "A:", "answer")) {
                    return;
                }
                String follows = fields.containsKey("Follows") ? fields.get("Follows").text().strip() : null;
                if (kind == CardKind.FOLLOWUP && (follows == null || follows.isEmpty())) {
                    problem(lineNo, "Follow-up card '" + id + "' needs 'Follows: <card id>' naming the card it follows.");
                    return;
                }
                if (kind == CardKind.BASIC && follows != null) {
                    problem(fields.get("Follows").line(), "'Follows:' only applies to followup cards; ignored on '" + id + "'.");
                    follows = null;
                }
                List<KeyConcept> keys = keysField == null ? List.of() : parseKeys(keysField, id);
                cards.add(new CardSource(id, kind, id, lineNo, q, a, null, 0, null, null, null, null, follows, extra,
                        keys));
            }
            case CLOZE -> parseCloze(lineNo, id, fields, extra, cards);
            case CHOICE -> {
                Localized q = localized(fields, "Q");
                if (!require(lineNo, id, q, "Q:", "question")) {
                    return;
                }
                Field ko = fields.get("Options");
                if (ko == null) {
                    problem(lineNo, "Choice card '" + id + "' has no 'Options:' list.");
                    return;
                }
                List<ChoiceOption> options = parseOptions(ko, id);
                List<ChoiceOption> optionsEn = fields.containsKey("Options.en") ? parseOptions(fields.get("Options.en"), id) : null;
                if (options == null) {
                    return;
                }
                if (optionsEn != null && optionsEn.size() != options.size()) {
                    problem(fields.get("Options.en").line(), "Choice card '" + id + "' has " + options.size()
                            + " Korean options but " + optionsEn.size() + " English ones; the English options are ignored.");
                    optionsEn = null;
                }
                cards.add(new CardSource(id, kind, id, lineNo, q, localized(fields, "A"), null, 0, options, optionsEn,
                        null, null, null, extra));
            }
            case ORDER -> {
                Localized q = localized(fields, "Q");
                if (!require(lineNo, id, q, "Q:", "question")) {
                    return;
                }
                Field ko = fields.get("Steps");
                if (ko == null) {
                    problem(lineNo, "Order card '" + id + "' has no 'Steps:' numbered list.");
                    return;
                }
                List<String> steps = parseSteps(ko);
                if (steps.size() < 2) {
                    problem(ko.line(), "Order card '" + id + "' needs at least two numbered steps ('1. …', '2. …').");
                    return;
                }
                List<String> stepsEn = fields.containsKey("Steps.en") ? parseSteps(fields.get("Steps.en")) : null;
                if (stepsEn != null && stepsEn.size() != steps.size()) {
                    problem(fields.get("Steps.en").line(), "Order card '" + id + "' has " + steps.size()
                            + " Korean steps but " + stepsEn.size() + " English ones; the English steps are ignored.");
                    stepsEn = null;
                }
                cards.add(new CardSource(id, kind, id, lineNo, q, localized(fields, "A"), null, 0, null, null,
                        steps, stepsEn, null, extra));
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    private boolean require(int line, String id, Localized value, String label, String what) {
        if (value.ko() == null || value.ko().isBlank()) {
            problem(line, "Card '" + id + "' has no " + what + ": add a '" + label + "' line.");
            return false;
        }
        return true;
    }

    /** A card field: {@code text} stripped, {@code raw} as written, its first line on {@code line}. */
    private record Field(String label, int line, String text, String raw) {
    }

    private Map<String, Field> readFields(String[] lines, int from, int end) {
        Map<String, Field> fields = new LinkedHashMap<>();
        String label = null;
        int labelLine = 0;
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (int i = from; i < end; i++) {
            String line = lines[i];
            boolean fence = line.strip().startsWith("```") || line.strip().startsWith("~~~");
            Matcher m = fenced ? null : FIELD.matcher(line);
            if (m != null && m.matches()) {
                if (label != null) {
                    fields.put(label, new Field(label, labelLine, text.toString().strip(), text.toString()));
                }
                label = m.group(1) != null ? m.group(1) + (m.group(2) != null ? ".en" : "") : m.group(4);
                labelLine = i + 1;
                text.setLength(0);
                String rest = m.group(1) != null ? m.group(3) : m.group(5);
                if (fields.containsKey(label)) {
                    problem(i + 1, "The field '" + label + ":' appears twice in one card; the later one wins.");
                }
                text.append(rest).append('\n');
            } else if (label != null) {
                text.append(line).append('\n');
            } else if (!line.isBlank()) {
                problem(i + 1, "This line is outside any field; start the card's fields with 'Q:', 'A:', 'Text:', "
                        + "'Options:', 'Steps:', 'Follows:', 'Keys:' or 'Extra:'.");
            }
            if (fence) {
                fenced = !fenced;
            }
        }
        if (label != null) {
            fields.put(label, new Field(label, labelLine, text.toString().strip(), text.toString()));
        }
        return fields;
    }

    private static Localized localized(Map<String, Field> fields, String label) {
        Field ko = fields.get(label);
        Field en = fields.get(label + ".en");
        String koText = ko != null && !ko.text().isBlank() ? ko.text() : null;
        String enText = en != null && !en.text().isBlank() ? en.text() : null;
        return new Localized(koText, enText);
    }

    private List<ChoiceOption> parseOptions(Field field, String id) {
        List<ChoiceOption> options = new ArrayList<>();
        String text = null;
        boolean correct = false;
        StringBuilder explanation = new StringBuilder();
        String[] lines = field.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = OPTION.matcher(line.strip());
            if (m.matches() && !line.startsWith("  ")) {
                if (text != null) {
                    options.add(new ChoiceOption(text, correct, blankToNull(explanation)));
                }
                correct = !m.group(1).isBlank();
                text = m.group(2).strip();
                explanation.setLength(0);
            } else if (text != null && !line.isBlank()) {
                explanation.append(line.strip()).append('\n');
            } else if (!line.isBlank()) {
                problem(field.line() + i, "Options are a task list: '- [x] right answer' or '- [ ] wrong answer'.");
            }
        }
        if (text != null) {
            options.add(new ChoiceOption(text, correct, blankToNull(explanation)));
        }
        if (options.size() < 2) {
            problem(field.line(), "Choice card '" + id + "' needs at least two options.");
            return null;
        }
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            problem(field.line(), "Choice card '" + id + "' has no correct option: mark at least one with '- [x]'.");
            return null;
        }
        return List.copyOf(options);
    }

    /**
     * Reads a {@code Keys:} list: one key concept per item, its synonyms separated by {@code |}. A malformed list is
     * reported line by line and dropped as a whole, so the card still loads, without key concepts.
     */
    private List<KeyConcept> parseKeys(Field field, String id) {
        List<KeyConcept> keys = new ArrayList<>();
        boolean valid = true;
        String[] lines = field.raw().split("\n", -1);
        int firstItemLine = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = field.line() + i;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = KEY_ITEM.matcher(line);
            if (!m.matches() && !line.equals("-") && !line.equals("*") && !line.equals("+")) {
                keyProblem(lineNo, "'Keys:' of '" + id + "' is a list: one key concept per line, written"
                        + " '- term | synonym | …'. This line is not a list item.");
                valid = false;
                continue;
            }
            if (firstItemLine < 0) {
                firstItemLine = lineNo;
            }
            String item = m.matches() ? m.group(1).strip() : "";
            List<String> terms = new ArrayList<>();
            boolean emptyTerm = false;
            for (String term : item.split("\\|", -1)) {
                if (term.isBlank()) {
                    emptyTerm = true;
                } else {
                    terms.add(term.strip().replaceAll("\\s+", " "));
                }
            }
            if (terms.isEmpty()) {
                keyProblem(lineNo, "A key concept of '" + id + "' is empty: write at least one term after '-'.");
                valid = false;
            } else if (emptyTerm) {
                keyProblem(lineNo, "A key concept of '" + id + "' has an empty synonym: remove the extra '|'.");
                valid = false;
            } else if (item.length() > ContentLimits.KEY_ITEM) {
                keyProblem(lineNo, "The key concept " + ContentLimits.quoted(item) + " of '" + id + "' is "
                        + item.length() + " characters long; at most " + ContentLimits.KEY_ITEM + " fit.");
                valid = false;
            } else {
                keys.add(new KeyConcept(terms));
            }
        }
        if (keys.size() > ContentLimits.KEYS) {
            keyProblem(firstItemLine, "Card '" + id + "' lists " + keys.size() + " key concepts; at most "
                    + ContentLimits.KEYS + " are allowed: keep the ones an interviewer listens for.");
            valid = false;
        }
        if (keys.isEmpty() && valid) {
            keyProblem(field.line(), "'Keys:' of '" + id + "' lists no key concept: add '- term | synonym' lines"
                    + " under it, or remove the field.");
            valid = false;
        }
        if (!valid) {
            return List.of();
        }
        return List.copyOf(keys);
    }

    private void keyProblem(int line, String message) {
        problem(line, message + " The card loads without key concepts until this is fixed.");
    }

    private static String blankToNull(StringBuilder text) {
        String s = text.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> parseSteps(Field field) {
        List<String> steps = new ArrayList<>();
        for (String line : field.text().split("\n")) {
            Matcher m = STEP.matcher(line.strip());
            if (m.matches()) {
                steps.add(m.group(1).strip());
            }
        }
        return steps;
    }

    private void parseCloze(int lineNo, String id, Map<String, Field> fields, Localized extra, List<CardSource> cards) {
        Localized text = localized(fields, "Text");
        if (text.ko() == null) {
            problem(lineNo, "Cloze card '" + id + "' has no 'Text:' with gaps such as {{c1::answer}}.");
            return;
        }
        for (String label : List.of("Text", "Text.en")) {
            String tooHigh = fields.containsKey(label) ? Cloze.numberAbove(fields.get(label).text(),
                    ContentLimits.CLOZE_NUMBER) : null;
            if (tooHigh != null) {
                problem(fields.get(label).line(), "Cloze card '" + id + "' numbers a gap c" + tooHigh
                        + "; gap numbers go from 1 to " + ContentLimits.CLOZE_NUMBER + ". This card is skipped.");
                return;
            }
        }
        String ko = Cloze.numberGaps(text.ko());
        String en = text.en() != null ? Cloze.numberGaps(text.en()) : null;
        TreeSet<Integer> numbers = Cloze.numbers(ko);
        if (numbers.isEmpty()) {
            problem(fields.get("Text").line(), "Cloze card '" + id + "' has no gap: write the hidden part as {{c1::answer}}.");
            return;
        }
        if (en != null && !Cloze.numbers(en).equals(numbers)) {
            problem(fields.get("Text.en").line(), "Cloze card '" + id + "' has gaps " + numbers
                    + " in Korean but " + Cloze.numbers(en) + " in English; the English text is ignored.");
            en = null;
        }
        Localized numbered = new Localized(ko, en);
        for (int n : numbers) {
            cards.add(new CardSource(id + "-c" + n, CardKind.CLOZE, id, lineNo, null, null, numbered, n,
                    null, null, null, null, null, extra));
        }
    }

    /** Reads an Obsidian block id ({@code ^id}) at the end of a line; null when absent. */
    static String blockId(String line) {
        Matcher m = BLOCK_ID.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    static String withoutBlockId(String line) {
        return BLOCK_ID.matcher(line).replaceFirst("");
    }
}
