package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates topic files that a careless edit, a bad merge or a hostile upload could produce: a valid topic with
 * random mutations (overlong values, reserved and control characters, huge gap numbers, torn syntax). Seeded, so a
 * failure names the seed that reproduces it.
 */
public final class MalformedTopics {

    private static final String[] FRAGMENTS = { "---", "## Cards", "## Quick cards", "### cloze ", "### basic ",
        "### choice ", "### order ", "### followup ", "Q:", "A:", "Text:", "Text.en:", "Options:", "Steps:",
        "Follows:", "Extra:", "- [x] ", "- [ ] ", "1. ", "{{c", "::", "}}", "{{", "^", "?", "??", "```", "~~~",
        "title:", "  ko:", "  en:", "id:", "category:", "tags: [", "]", "order:", "demo:", "<script>", "&#0;",
        "[link](javascript:x)", "![img](../../etc/passwd)", "\uE000", "\uE001", "\uF8FF", "\uDB80\uDC00", "\0",
        "\u202E", "\uFEFF", "\t", "\r", "#", "'", "\"", "|", "\\", "99999999999", "2147483648", "-1", "0" };

    private final Random random;

    public MalformedTopics(long seed) {
        this.random = new Random(seed);
    }

    /** A valid topic file to start from; every card kind, with English versions. */
    public static String valid(String id) {
        return """
                ---
                id: %1$s
                title:
                  ko: 퍼즈 주제
                  en: Fuzz topic
                category: network
                tags: [tcp, dns]
                order: 5
                ---
                # 모범 답안

                본문 **굵게** 그리고 `코드`.

                ## Cards

                ### basic %1$s-basic
                Q: 질문?

                A: 답.

                Q.en: Question?

                A.en: Answer.

                ### cloze %1$s-cloze
                Text: {{c1::가}} 그리고 {{c2::나::힌트}} {{다}}

                Text.en: {{c1::a}} and {{c2::b::hint}} {{c}}

                ### choice %1$s-choice
                Q: 고르시오

                Options:
                - [x] 맞음
                  설명
                - [ ] 틀림

                ### order %1$s-order
                Q: 순서

                Steps:
                1. 하나
                2. 둘

                ### followup %1$s-follow
                Follows: %1$s-basic
                Q: 이어서?

                A: 네.

                ## Quick cards

                짧은 질문::짧은 답 ^%1$s-quick
                양방향:::둘 다 ^%1$s-both
                """.formatted(id);
    }

    /** The next malformed file, built from a valid topic with id {@code id}. */
    public String next(String id) {
        List<String> lines = new ArrayList<>(List.of(valid(id).split("\n", -1)));
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(10)) {
                case 0 -> lines.set(at, line + repeat(pick(), 1 + random.nextInt(1200)));
                case 1 -> lines.set(at, insert(line, pick()));
                case 2 -> lines.remove(at);
                case 3 -> lines.add(at, line);
                case 4 -> lines.add(at, pick() + " " + pick() + pick());
                case 5 -> lines.set(at, insert(line, "{{c" + bigNumber() + "::" + pick() + "}}"));
                case 6 -> lines.set(at, insert(line, randomText(1 + random.nextInt(40))));
                case 7 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 8 -> lengthen(lines);
                default -> lines.set(at, line.replace(id, id + repeat("x", random.nextInt(200))));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join(random.nextInt(10) == 0 ? "\r\n" : "\n", lines);
    }

    /** Makes one front matter value longer, often beyond what its column holds. */
    private void lengthen(List<String> lines) {
        String[] keys = { "id: ", "  ko: ", "  en: ", "category: ", "tags: [" };
        String key = keys[random.nextInt(keys.length)];
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            at = lines.get(i).startsWith(key) ? i : -1;
        }
        if (at >= 0) {
            String more = key.equals("tags: [") ? repeat("long-tag, ", random.nextInt(2000)) : repeat("z", random.nextInt(700));
            lines.set(at, key + more + lines.get(at).substring(key.length()));
        }
    }

    private String pick() {
        return FRAGMENTS[random.nextInt(FRAGMENTS.length)];
    }

    private String insert(String line, String what) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private String repeat(String what, int times) {
        return what.repeat(Math.max(1, times / Math.max(1, what.length())));
    }

    private String bigNumber() {
        return switch (random.nextInt(4)) {
            case 0 -> "2147483648";
            case 1 -> "9".repeat(1 + random.nextInt(30));
            case 2 -> String.valueOf(random.nextInt(2000));
            default -> "0" + random.nextInt(10);
        };
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0xAC00 + random.nextInt(11172);
                case 2 -> random.nextInt(0x10000);
                default -> random.nextInt(0x110000);
            };
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = '?';
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
