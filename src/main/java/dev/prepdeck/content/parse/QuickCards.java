package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Obsidian Spaced Repetition syntax: {@code Question::Answer}, {@code Question:::Answer} (both ways) and
 * multi-line cards split by a line holding only {@code ?} or {@code ??}; each card ends with a block id {@code ^id}.
 */
final class QuickCards {

    interface Problems {
        void report(int line, String message);
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

    private static void parseBlock(String[] lines, List<Integer> block, Problems problems, List<CardSource> cards) {
        int separator = -1;
        boolean bothWays = false;
        for (int k = 0; k < block.size(); k++) {
            String s = lines[block.get(k)].strip();
            if (s.equals("?") || s.equals("??")) {
                separator = k;
                bothWays = s.equals("??");
                break;
            }
        }
        if (separator >= 0) {
            int first = block.get(0) + 1;
            String question = join(lines, block.subList(0, separator));
            List<Integer> answerLines = block.subList(separator + 1, block.size());
            if (question.isBlank() || answerLines.isEmpty()) {
                problems.report(first, "A multi-line quick card needs question lines, a line with only '?', then answer lines.");
                return;
            }
            String last = lines[answerLines.get(answerLines.size() - 1)];
            String id = TopicParser.blockId(last);
            String answer = TopicParser.withoutBlockId(join(lines, answerLines)).strip();
            add(first, question, answer, id, bothWays, problems, cards);
            return;
        }
        for (int index : block) {
            String line = lines[index];
            int at = line.indexOf("::");
            if (at < 0) {
                problems.report(index + 1, "This line under 'Quick cards' is not a card: write 'Question::Answer ^id', "
                        + "or question lines, a line with only '?', and answer lines.");
                continue;
            }
            boolean both = line.startsWith(":::", at);
            String question = line.substring(0, at).strip();
            String answerPart = line.substring(at + (both ? 3 : 2));
            String id = TopicParser.blockId(answerPart);
            add(index + 1, question, TopicParser.withoutBlockId(answerPart).strip(), id, both, problems, cards);
        }
    }

    private static void add(int line, String question, String answer, String id, boolean bothWays,
            Problems problems, List<CardSource> cards) {
        if (id == null) {
            problems.report(line, "This quick card has no id, so its history could not be kept: end it with ' ^some-id'.");
            return;
        }
        if (!TopicParser.ID.matcher(id).matches()) {
            problems.report(line, "The card id '" + id + "' may contain only lower-case letters, digits and '-'.");
            return;
        }
        if (question.isEmpty() || answer.isEmpty()) {
            problems.report(line, "Quick card '" + id + "' needs both a question and an answer.");
            return;
        }
        cards.add(basic(id, id, line, question, answer));
        if (bothWays) {
            cards.add(basic(id + "-rev", id, line, answer, question));
        }
    }

    private static CardSource basic(String id, String noteId, int line, String question, String answer) {
        return new CardSource(id, CardKind.BASIC, noteId, line, new Localized(question, null), new Localized(answer, null),
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
