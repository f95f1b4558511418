package dev.prepdeck.content.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a content folder the way a running site takes it up: a file with a problem does not replace the version of
 * it that is live. Such a file is read as its last live text instead, so its topic and cards stay as they were, and
 * its problems are still reported, with one more line saying that the earlier version stays. A file that has never
 * been live loads whatever of it parses, as at a first start.
 */
public final class LastGoodFiles {

    /** The content to store, the text now live for each file, and the files that kept their earlier text. */
    public record Reading(ContentFolder.Snapshot snapshot, Map<String, String> live, Set<String> kept) {
    }

    static final String KEPT = "This file has problems, so the version of it imported before stays live until they"
            + " are fixed.";

    private LastGoodFiles() {
    }

    /** Reads {@code folder}, falling back to {@code lastLive} (file name to text) for every file with a problem. */
    public static Reading read(Path folder, Map<String, String> lastLive) {
        return choose(ContentFolder.readTexts(folder), lastLive);
    }

    /** Like {@link #read}, for texts already read (and perhaps combined with the site's own topics). */
    public static Reading choose(ContentFolder.Texts texts, Map<String, String> lastLive) {
        ContentFolder.Snapshot fresh = ContentFolder.check(texts.files(), texts.problems());
        Map<String, String> live = new TreeMap<>(texts.files());
        Set<String> kept = new TreeSet<>();
        for (ContentProblem problem : fresh.problems()) {
            String file = problem.file();
            if (texts.listed().contains(file) && lastLive.containsKey(file)
                    && !lastLive.get(file).equals(texts.files().get(file))) {
                live.put(file, lastLive.get(file));
                kept.add(file);
            }
        }
        if (kept.isEmpty()) {
            return new Reading(fresh, live, kept);
        }
        ContentFolder.Snapshot earlier = ContentFolder.check(live, List.of());
        List<ContentProblem> problems = new ArrayList<>(fresh.problems());
        for (String file : kept) {
            problems.add(new ContentProblem(file, 0, KEPT));
        }
        Collections.sort(problems);
        return new Reading(new ContentFolder.Snapshot(earlier.topics(), List.copyOf(problems)), live, kept);
    }
}
