package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small YAML subset topic front matter uses: {@code key: value}, {@code key: [a, b]}, and a key followed by
 * indented {@code sub: value} lines (a map) or {@code - item} lines (a list). Records each key's line for messages.
 */
final class FrontMatter {

    interface Problems {
        void report(int line, String message);
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(?:\\s+(.*))?\\s*$");
    private static final Pattern ITEM = Pattern.compile("^-\\s+(.*)$");

    private FrontMatter() {
    }

    /** Parses lines [from, to); returns null (after reporting) when the front matter is not readable. */
    static Map<String, Object> parse(String[] lines, int from, int to, Problems problems) {
        Map<String, Object> result = new LinkedHashMap<>();
        String parent = null;
        for (int i = from; i < to; i++) {
            String raw = lines[i];
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String content = line.strip();
            if (indented && parent != null) {
                Matcher item = ITEM.matcher(content);
                Matcher kv = KEY_VALUE.matcher(content);
                Object current = result.get(parent);
                if (item.matches() && (current == null || current instanceof List)) {
                    List<Object> list = current == null ? new ArrayList<>() : castList(current);
                    list.add(scalar(item.group(1)));
                    result.put(parent, list);
                } else if (kv.matches() && (current == null || current instanceof Map)) {
                    Map<String, Object> map = current == null ? new LinkedHashMap<>() : castMap(current);
                    map.put(kv.group(1), kv.group(2) == null ? "" : scalar(kv.group(2)));
                    result.put(parent, map);
                } else {
                    problems.report(i + 1, "Front matter line '" + content + "' does not fit under '" + parent
                            + ":'; write '  ko: …' lines or '  - item' lines.");
                    return null;
                }
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(content);
            if (indented || !kv.matches()) {
                problems.report(i + 1, "Front matter line '" + content + "' is not 'key: value'.");
                return null;
            }
            String key = kv.group(1);
            if (result.containsKey(key)) {
                problems.report(i + 1, "The front matter key '" + key + "' appears twice.");
                return null;
            }
            result.put("@" + key, i + 1);
            String value = kv.group(2);
            if (value == null || value.isBlank()) {
                parent = key;
                result.put(key, null);
            } else {
                parent = null;
                result.put(key, value.startsWith("[") ? list(value, i + 1, problems) : scalar(value));
                if (result.get(key) == null) {
                    return null;
                }
            }
        }
        result.values().removeIf(v -> v == null);
        return result;
    }

    static int lineOf(Map<String, Object> front, String key, int fallback) {
        return front.get("@" + key) instanceof Integer line ? line : fallback;
    }

    private static List<Object> list(String value, int line, Problems problems) {
        if (!value.endsWith("]")) {
            problems.report(line, "A list in front matter must end with ']'.");
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (String part : value.substring(1, value.length() - 1).split(",")) {
            if (!part.isBlank()) {
                items.add(scalar(part));
            }
        }
        return items;
    }

    private static String scalar(String value) {
        String v = value.strip();
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String stripComment(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 && line.indexOf('"') < 0 && line.indexOf('\'') < 0 ? line.substring(0, hash) : line;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
