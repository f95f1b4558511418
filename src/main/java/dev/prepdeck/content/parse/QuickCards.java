package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Obsidian Spaced Repetition syntax: {@code Question::Answer}, {@code Question:::Answer} (both ways) and
 * multi-line cards split by a line holding only {@code ?} or {@code ??}; each card ends with a block id {@code ^id}.
 * A line starting with {@code en:} right after a card gives its English side in the same shape.
 */
final class QuickCards {

    interface Problems {
        void report(int line, String message);
    }

    private static final String ENGLISH = "en:";

    /** One card as written, before its English side (if any) is attached. */
    private static final class Draft {
        final int line;
        final String question;
        final String answer;
        final String id;
        final boolean bothWays;
        String questionEn;
        String answerEn;

        Draft(int line, String question, String answer, String id, boolean bothWays) {
            this.line = line;
            this.question = question;
            this.answer = answer;
            this.id = id;
            this.bothWays = bothWays;
        }
    }

    private QuickCards() {
    }

    static void parse(String[] lines, int from, int to, Problems problems, List<CardSource> cards) {
        List<Integer> block = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            boolean end = i == to || lines[i].isBlank();
            if (!end) {
                block.add(i);
            } else if (!block.isEmpty()) {
                parseBlock(lines, block, problems, cards);
                block.clear();
            }
        }
    }

    private static boolean isEnglish(String line) {
        return line.strip().startsWith(ENGLISH);
    }

    private static String withoutEnglishMark(String line) {
        String s = line.strip();
        return s.substring(ENGLISH.length()).strip();
    }

    private static void parseBlock(String[] lines, List<Integer> block, Problems problems, List<CardSource> cards) {
        int english = -1;
        for (int k = 0; k < block.size(); k++) {
            if (isEnglish(lines[block.get(k)])) {
                english = k;
                break;
            }
        }
        List<Integer> korean = english < 0 ? block : block.subList(0, english);
        int separator = separator(lines, korean);
        if (separator >= 0) {
            Draft draft = multiLine(lines, korean, separator, problems);
            if (draft != null && english >= 0) {
                translateMultiLine(draft, lines, block.subList(english, block.size()), problems);
            }
            add(draft, problems, cards);
            return;
        }
        List<Draft> drafts = new ArrayList<>();
        Draft last = null;
        for (int index : block) {
            String line = lines[index];
            if (!isEnglish(line)) {
                last = singleLine(index + 1, line, problems);
                if (last != null) {
                    drafts.add(last);
                }
            } else if (last == null) {
                problems.report(index + 1, "An 'en:' line gives the English side of the quick card just above it,"
                        + " but there is no card there; it is ignored.");
            } else if (last.questionEn != null) {
                problems.report(index + 1, "Quick card '" + last.id + "' already has an English side; this second"
                        + " 'en:' line is ignored.");
            } else {
                translateSingleLine(last, index + 1, withoutEnglishMark(line), problems);
            }
        }
        drafts.forEach(d -> add(d, problems, cards));
    }

    private static int separator(String[] lines, List<Integer> block) {
        for (int k = 0; k < block.size(); k++) {
            String s = lines[block.get(k)].strip();
            if (s.equals("?") || s.equals("??")) {
                return k;
            }
        }
        return -1;
    }

    private static Draft multiLine(String[] lines, List<Integer> block, int separator, Problems problems) {
        int first = block.get(0) + 1;
        String question = join(lines, block.subList(0, separator));
        List<Integer> answerLines = block.subList(separator + 1, block.size());
        if (question.isBlank() || answerLines.isEmpty()) {
            problems.report(first, "A multi-line quick card needs question lines, a line with only '?', then answer lines.");
            return null;
        }
        String last = lines[answerLines.get(answerLines.size() - 1)];
        String answer = TopicParser.withoutBlockId(join(lines, answerLines)).strip();
        boolean bothWays = lines[block.get(separator)].strip().equals("??");
        return new Draft(first, question, answer, TopicParser.blockId(last), bothWays);
    }

    /** The English side of a multi-line card: 'en:' and question lines, the same '?' or '??', answer lines. */
    private static void translateMultiLine(Draft draft, String[] lines, List<Integer> block, Problems problems) {
        int first = block.get(0) + 1;
        String[] english = new String[block.size()];
        List<Integer> indexes = new ArrayList<>();
        for (int k = 0; k < block.size(); k++) {
            english[k] = k == 0 ? withoutEnglishMark(lines[block.get(k)]) : lines[block.get(k)];
            indexes.add(k);
        }
        int separator = separator(english, indexes);
        Draft translated = separator < 0 ? null : multiLine(english, indexes, separator, (l, m) -> { });
        if (translated == null) {
            problems.report(first, "The English side of quick card '" + draft.id + "' is written like the Korean one:"
                    + " 'en:' and the question, a line with only '?', the answer. It is ignored.");
            return;
        }
        attach(draft, first, translated, problems);
    }

    private static void translateSingleLine(Draft draft, int line, String text, Problems problems) {
        Draft english = singleLine(line, text, (l, m) -> { });
        if (english == null) {
            problems.report(line, "The English side of quick card '" + draft.id + "' is written like the Korean one:"
                    + " 'en: Question::Answer'. It is ignored.");
            return;
        }
        attach(draft, line, english, problems);
    }

    private static void attach(Draft draft, int line, Draft english, Problems problems) {
        if (english.bothWays != draft.bothWays) {
            problems.report(line, "Quick card '" + draft.id + "' is " + (draft.bothWays ? "two-way" : "one-way")
                    + " in Korean but " + (english.bothWays ? "two-way" : "one-way")
                    + " in English; use the same separator in both. The English side is ignored.");
        } else if (english.id != null && !english.id.equals(draft.id)) {
            problems.report(line, "The English side names the id '" + english.id + "', but it belongs to quick card '"
                    + draft.id + "'; leave the id off the 'en:' line. The English side is ignored.");
        } else if (english.question.isEmpty() || english.answer.isEmpty()) {
            problems.report(line, "The English side of quick card '" + draft.id
                    + "' needs both a question and an answer; it is ignored.");
        } else {
            draft.questionEn = english.question;
            draft.answerEn = english.answer;
        }
    }

    private static Draft singleLine(int line, String text, Problems problems) {
        int at = text.indexOf("::");
        if (at < 0) {
            problems.report(line, "This line under 'Quick cards' is not a card: write 'Question::Answer ^id', "
                    + "or question lines, a line with only '?', and answer lines.");
            return null;
        }
        boolean both = text.startsWith(":::", at);
        String answerPart = text.substring(at + (both ? 3 : 2));
        return new Draft(line, text.substring(0, at).strip(), TopicParser.withoutBlockId(answerPart).strip(),
                TopicParser.blockId(answerPart), both);
    }

    private static void add(Draft draft, Problems problems, List<CardSource> cards) {
        if (draft == null) {
            return;
        }
        if (draft.id == null) {
            problems.report(draft.line, "This quick card has no id, so its history could not be kept: end it with ' ^some-id'.");
            return;
        }
        if (!TopicParser.ID.matcher(draft.id).matches()) {
            problems.report(draft.line, "The card id '" + draft.id + "' may contain only lower-case letters, digits and '-'.");
            return;
        }
        if (draft.question.isEmpty() || draft.answer.isEmpty()) {
            problems.report(draft.line, "Quick card '" + draft.id + "' needs both a question and an answer.");
            return;
        }
        Localized question = new Localized(draft.question, draft.questionEn);
        Localized answer = new Localized(draft.answer, draft.answerEn);
        cards.add(basic(draft.id, draft.id, draft.line, question, answer));
        if (draft.bothWays) {
            cards.add(basic(draft.id + "-rev", draft.id, draft.line, answer, question));
        }
    }

    private static CardSource basic(String id, String noteId, int line, Localized question, Localized answer) {
        return new CardSource(id, CardKind.BASIC, noteId, line, question, answer,
                null, 0, null, null, null, null, null, Localized.EMPTY);
    }

    private static String join(String[] lines, List<Integer> indexes) {
        StringBuilder out = new StringBuilder();
        for (int i : indexes) {
            out.append(lines[i]).append('\n');
        }
        return out.toString().strip();
    }
}
