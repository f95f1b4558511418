package dev.prepdeck.content.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes CSV the way Anki's "Import File" and "Export Notes as Plain Text" do: header lines starting with
 * {@code #} ({@code #separator:}, {@code #html:}, {@code #columns:}, {@code #notetype:}, {@code #deck:},
 * {@code #tags column:}) followed by RFC 4180 records, where a quoted field may hold separators, doubled quotes and
 * line breaks.
 */
public final class AnkiCsv {

    /** The separators Anki names in {@code #separator:}; a single literal character is accepted too. */
    private static final Map<String, Character> SEPARATORS = Map.of(
            "comma", ',', "semicolon", ';', "tab", '\t', "space", ' ', "pipe", '|', "colon", ':');

    /** The header lines of a file, with Anki's defaults for those it leaves out. */
    public record Header(char separator, boolean html, List<String> columns, String notetype, String deck,
            Integer tagsColumn, Integer notetypeColumn, Integer deckColumn) {

        /** The 0-based index of a named column ({@code #columns:}), if the file names it. */
        public Optional<Integer> column(String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equalsIgnoreCase(name)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }

    /** One record: the line it starts on and its fields. */
    public record Row(int line, List<String> fields) {
    }

    /** A whole file: its header and its records in order. */
    public record Document(Header header, List<Row> rows) {
    }

    private AnkiCsv() {
    }

    /** Parses a file; any malformed header or record throws with the line it starts on. */
    public static Document parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Character separator = null;
        boolean html = false;
        String columns = null;
        String notetype = null;
        String deck = null;
        Integer tagsColumn = null;
        Integer notetypeColumn = null;
        Integer deckColumn = null;
        int pos = 0;
        int line = 1;
        while (pos < body.length() && body.charAt(pos) == '#') {
            int end = body.indexOf('\n', pos);
            int next = end < 0 ? body.length() : end + 1;
            String header = body.substring(pos + 1, end < 0 ? body.length() : end).replaceFirst("\r$", "");
            int colon = header.indexOf(':');
            if (colon > 0) {
                String key = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1);
                switch (key) {
                    case "separator" -> separator = separator(value, line);
                    case "html" -> html = bool(value, line);
                    case "columns" -> columns = value;
                    case "notetype" -> notetype = value.trim();
                    case "deck" -> deck = value.trim();
                    case "tags column" -> tagsColumn = columnNumber(value, line);
                    case "notetype column" -> notetypeColumn = columnNumber(value, line);
                    case "deck column" -> deckColumn = columnNumber(value, line);
                    default -> {
                        // Anki ignores header keys it does not know (e.g. #guid column, #tags), so do we.
                    }
                }
            }
            pos = next;
            line++;
        }
        char sep = separator != null ? separator : guessSeparator(body.substring(pos));
        List<String> columnNames = columns == null ? List.of()
                : splitRecords(columns, sep, line).stream().findFirst().map(Row::fields).orElse(List.of())
                        .stream().map(String::trim).toList();
        Header header = new Header(sep, html, columnNames, notetype, deck, tagsColumn, notetypeColumn, deckColumn);
        return new Document(header, splitRecords(body.substring(pos), sep, line));
    }

    /** Anki guesses tab, then pipe, semicolon, colon and comma from the first record when no header names one. */
    private static char guessSeparator(String rest) {
        String first = rest.lines().findFirst().orElse("");
        for (char c : new char[] { '\t', '|', ';', ':', ',' }) {
            if (first.indexOf(c) >= 0) {
                return c;
            }
        }
        return '\t';
    }

    private static char separator(String value, int line) {
        String v = value.strip();
        if (value.equals("\t") || value.equals(" ")) {
            return value.charAt(0);
        }
        Character named = SEPARATORS.get(v.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (v.length() == 1 && v.charAt(0) != '"') {
            return v.charAt(0);
        }
        throw new CsvFormatException(line, "Unknown separator '" + v
                + "': use Comma, Semicolon, Tab, Space, Pipe, Colon or a single character.");
    }

    private static boolean bool(String value, int line) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new CsvFormatException(line, "#html must be true or false, not '" + value.strip() + "'.");
    }

    private static int columnNumber(String value, int line) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new CsvFormatException(line, "A column number counts from 1, not '" + value.strip() + "'.");
    }

    /** Splits records; blank lines between records are skipped, as Anki does. */
    static List<Row> splitRecords(String text, char sep, int firstLine) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = firstLine;
        int recordLine = firstLine;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean any = false;
        int quoteLine = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                any = true;
                quoteLine = line;
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                any = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else if (wasQuoted) {
                throw new CsvFormatException(line, "Text after a closing quote: write a quote inside a quoted field"
                        + " as two quotes (\"\").");
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new CsvFormatException(quoteLine, "A quoted field starts here and is never closed.");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** Writes header lines and records that Anki and {@link #parse} read back field for field. */
    public static String write(Header header, List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        char sep = header.separator();
        out.append("#separator:").append(separatorName(sep)).append('\n');
        out.append("#html:").append(header.html()).append('\n');
        if (!header.columns().isEmpty()) {
            out.append("#columns:").append(String.join(String.valueOf(sep),
                    header.columns().stream().map(c -> quote(c, sep)).toList())).append('\n');
        }
        if (header.notetype() != null) {
            out.append("#notetype:").append(header.notetype()).append('\n');
        }
        if (header.deck() != null) {
            out.append("#deck:").append(header.deck()).append('\n');
        }
        if (header.tagsColumn() != null) {
            out.append("#tags column:").append(header.tagsColumn()).append('\n');
        }
        for (List<String> record : records) {
            out.append(String.join(String.valueOf(sep), record.stream().map(f -> quote(f, sep)).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String separatorName(char sep) {
        Map<Character, String> names = new LinkedHashMap<>();
        SEPARATORS.forEach((name, c) -> names.put(c, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        return names.getOrDefault(sep, String.valueOf(sep));
    }

    /** Quotes a field when it holds the separator, a quote, a line break, or starts with {@code #}. */
    static String quote(String field, char sep) {
        String f = field == null ? "" : field;
        boolean needs = f.indexOf(sep) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                || f.startsWith("#") || (!f.isEmpty() && (f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' '));
        return needs ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }
}
