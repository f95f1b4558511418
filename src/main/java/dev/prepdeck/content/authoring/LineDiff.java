package dev.prepdeck.content.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line diff of two texts (longest common subsequence after trimming the common start and end). Pure Java,
 * no framework: the revision pages and the merge view both use it.
 */
public final class LineDiff {

    /** Above this many cells the middle part is shown as removed and added rather than aligned line by line. */
    static final long MAX_CELLS = 4_000_000L;

    /** How a line differs. */
    public enum Op { SAME, REMOVED, ADDED }

    /** One line of the diff with its number on the old side and the new side (0 where it has none). */
    public record Line(Op op, int oldNumber, int newNumber, String text) {

        public boolean same() {
            return op == Op.SAME;
        }

        public boolean removed() {
            return op == Op.REMOVED;
        }

        public boolean added() {
            return op == Op.ADDED;
        }

        /** The marker a unified diff puts in front of the line. */
        public String marker() {
            return switch (op) {
                case SAME -> " ";
                case REMOVED -> "-";
                case ADDED -> "+";
            };
        }
    }

    private LineDiff() {
    }

    public static List<String> lines(String text) {
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.isEmpty()) {
            return List.of();
        }
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return List.of(normalized.split("\n", -1));
    }

    public static List<Line> diff(String older, String newer) {
        return diff(lines(older), lines(newer));
    }

    public static List<Line> diff(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            out.add(new Line(Op.SAME, i + 1, i + 1, a.get(i)));
        }
        middle(a, b, start, endA, endB, out);
        for (int i = endA, j = endB; i < a.size(); i++, j++) {
            out.add(new Line(Op.SAME, i + 1, j + 1, a.get(i)));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, int start, int endA, int endB, List<Line> out) {
        int n = endA - start;
        int m = endB - start;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = start; i < endA; i++) {
                out.add(new Line(Op.REMOVED, i + 1, 0, a.get(i)));
            }
            for (int j = start; j < endB; j++) {
                out.add(new Line(Op.ADDED, 0, j + 1, b.get(j)));
            }
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB)
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(start + i).equals(b.get(start + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                out.add(new Line(Op.SAME, start + i + 1, start + j + 1, a.get(start + i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removals first, as a unified diff shows a changed line
                out.add(new Line(Op.REMOVED, start + i + 1, 0, a.get(start + i)));
                i++;
            } else {
                out.add(new Line(Op.ADDED, 0, start + j + 1, b.get(start + j)));
                j++;
            }
        }
    }

    /** Whether the two texts differ in any line. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.op() != Op.SAME);
    }
}
