package dev.prepdeck.content.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an Anki CSV into one content-folder topic file: Basic notes become {@code basic} cards (Front / Back),
 * Cloze notes {@code cloze} cards (Text / Back Extra). Every record is reported as new, duplicate or skipped with its
 * line; a file-level problem (wrong column count, unknown notetype) throws before anything is produced.
 */
public final class CsvTopic {

    static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CLOZE = Pattern.compile("\\{\\{(c\\d+::)?.+?}}", Pattern.DOTALL);
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** What happened to one record. */
    public record Outcome(int line, String status, String cardId, String reason) {
    }

    /** The report and the generated topic file. */
    public record Result(String topicId, List<Outcome> rows, String markdown) {

        public long count(String status) {
            return rows.stream().filter(r -> r.status().equals(status)).count();
        }
    }

    private record Note(String kind, String front, String back, List<String> tags) {
    }

    private CsvTopic() {
    }

    /**
     * Builds the topic {@code topicId} titled {@code title} (the file's {@code #deck:} when blank); card ids are
     * {@code <topicId>-<n>}, and ids in {@code takenIds} (cards the site already has) are reported as duplicates.
     */
    public static Result build(AnkiCsv.Document doc, String topicId, String title, Set<String> takenIds) {
        if (topicId == null || !TOPIC_ID.matcher(topicId).matches()) {
            throw new IllegalArgumentException("The topic id must be lower-case letters, digits and '-'.");
        }
        AnkiCsv.Header h = doc.header();
        List<CsvFormatException.LineProblem> problems = new ArrayList<>();
        int expected = h.columns().isEmpty() ? (doc.rows().isEmpty() ? 0 : doc.rows().get(0).fields().size())
                : h.columns().size();
        for (AnkiCsv.Row row : doc.rows()) {
            if (row.fields().size() != expected) {
                problems.add(new CsvFormatException.LineProblem(row.line(), "This record has " + row.fields().size()
                        + " fields, the file has " + expected + " columns."));
            } else {
                String type = notetype(h, row);
                if (kindOf(type) == null) {
                    problems.add(new CsvFormatException.LineProblem(row.line(), "Unknown notetype '" + type
                            + "': PrepDeck imports Basic and Cloze notes."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(problems);
        }
        String deck = h.deck();
        String shownTitle = title != null && !title.isBlank() ? title.strip()
                : deck != null && !deck.isBlank() ? deck : topicId;
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> topicTags = new LinkedHashSet<>();
        StringBuilder cards = new StringBuilder();
        int n = 0;
        for (AnkiCsv.Row row : doc.rows()) {
            Note note = note(h, row);
            String key = note.kind() + "\u0000" + note.front().strip().toLowerCase(Locale.ROOT);
            if (note.front().isBlank()) {
                outcomes.add(new Outcome(row.line(), "skipped", null, "The first field is empty."));
                continue;
            }
            if (note.kind().equals("cloze") && !CLOZE.matcher(note.front()).find()) {
                outcomes.add(new Outcome(row.line(), "skipped", null, "A Cloze note without any {{c1::…}} gap."));
                continue;
            }
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                outcomes.add(new Outcome(row.line(), "duplicate", null, "Same text as line " + first + "."));
                continue;
            }
            String id = topicId + "-" + (++n);
            String clash = takenIds.contains(id) ? id
                    : takenIds.stream().filter(t -> t.startsWith(id + "-c")).findFirst().orElse(null);
            if (clash != null) {
                outcomes.add(new Outcome(row.line(), "duplicate", id, "The site already has a card " + clash + "."));
                continue;
            }
            topicTags.addAll(note.tags());
            cards.append("### ").append(note.kind()).append(' ').append(id).append('\n');
            if (note.kind().equals("basic")) {
                cards.append("Q: ").append(markdown(note.front(), h.html())).append("\n\n");
                cards.append("A: ").append(note.back().isBlank() ? "—" : markdown(note.back(), h.html()))
                        .append("\n\n");
            } else {
                cards.append("Text: ").append(markdown(note.front(), h.html())).append("\n\n");
                if (!note.back().isBlank()) {
                    cards.append("Extra: ").append(markdown(note.back(), h.html())).append("\n\n");
                }
            }
            outcomes.add(new Outcome(row.line(), "new", id, null));
        }
        StringBuilder md = new StringBuilder();
        md.append("---\n").append("id: ").append(topicId).append('\n');
        md.append("title:\n  ko: ").append(yaml(shownTitle)).append("\n  en: ").append(yaml(shownTitle)).append('\n');
        md.append("category: imported\n");
        List<String> safeTags = topicTags.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> t.matches("[\\p{L}\\p{N}_-]+")).distinct().toList();
        if (!safeTags.isEmpty()) {
            md.append("tags: [").append(String.join(", ", safeTags)).append("]\n");
        }
        md.append("---\n").append("# ").append(shownTitle.replace("\n", " ")).append("\n\n");
        md.append("Imported from an Anki CSV file.\n\n## Cards\n\n").append(cards);
        return new Result(topicId, List.copyOf(outcomes), md.toString().stripTrailing() + "\n");
    }

    private static String notetype(AnkiCsv.Header h, AnkiCsv.Row row) {
        if (h.notetypeColumn() != null && h.notetypeColumn() <= row.fields().size()) {
            return row.fields().get(h.notetypeColumn() - 1).strip();
        }
        return h.notetype() == null || h.notetype().isBlank() ? "Basic" : h.notetype();
    }

    private static String kindOf(String notetype) {
        return switch (notetype.toLowerCase(Locale.ROOT)) {
            case "basic", "basic (and reversed card)", "basic (optional reversed card)", "기본" -> "basic";
            case "cloze", "빈칸" -> "cloze";
            default -> null;
        };
    }

    /** Front and Back by name ({@code #columns:}) or as the first two fields that are not tags, notetype or deck. */
    private static Note note(AnkiCsv.Header h, AnkiCsv.Row row) {
        String kind = kindOf(notetype(h, row));
        List<String> f = row.fields();
        Set<Integer> special = new LinkedHashSet<>();
        for (Integer c : new Integer[] { h.tagsColumn(), h.notetypeColumn(), h.deckColumn() }) {
            if (c != null) {
                special.add(c - 1);
            }
        }
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            if (!special.contains(i)) {
                content.add(i);
            }
        }
        String firstName = kind.equals("cloze") ? "Text" : "Front";
        String secondName = kind.equals("cloze") ? "Back Extra" : "Back";
        int frontAt = h.column(firstName).orElse(content.isEmpty() ? -1 : content.get(0));
        int backAt = h.column(secondName).orElse(content.size() > 1 ? content.get(1) : -1);
        String front = frontAt >= 0 && frontAt < f.size() ? f.get(frontAt) : "";
        String back = backAt >= 0 && backAt < f.size() ? f.get(backAt) : "";
        List<String> tags = h.tagsColumn() == null || h.tagsColumn() > f.size() ? List.of()
                : List.of(f.get(h.tagsColumn() - 1).strip().split("\\s+")).stream().filter(t -> !t.isEmpty())
                        .toList();
        return new Note(kind, front, back, tags);
    }

    /**
     * One field as Markdown for a {@code Q:}/{@code A:} line. HTML fields keep their markup (the renderer sanitises
     * it) with {@code <br>} as line breaks; plain fields escape what Markdown or HTML would read as markup.
     */
    static String markdown(String field, boolean html) {
        String text = html ? BR.matcher(field).replaceAll("\n") : escape(field);
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\\R", -1)) {
            // A heading, a field label or a code fence would start a new card or field, or swallow the next ones.
            lines.add(line.matches("\\s*(#|```|~~~).*|\\s*[A-Za-z]+(\\.en)?:.*") && !lines.isEmpty()
                    ? "\u200B" + line : line);
        }
        return String.join("\n", lines);
    }

    private static String escape(String plain) {
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '*', '_', '`', '[', ']', '#', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String yaml(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
