package dev.prepdeck.content.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a whole content folder: every Markdown file but README.md is a topic. Checks what spans files
 * (duplicate topic and card ids, follow-ups pointing nowhere) and keeps going past any broken file.
 */
public final class ContentFolder {

    /** Everything usable in the folder, and every problem found. */
    public record Snapshot(List<TopicSource> topics, List<ContentProblem> problems) {
    }

    private ContentFolder() {
    }

    public static Snapshot read(Path folder) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(folder.toString(), 0, "The content folder does not exist or is not a folder."));
            return new Snapshot(List.of(), problems);
        }
        try {
            Path root = folder.toRealPath();
            for (Path path : topicFiles(root)) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (!isInside(root, path)) {
                    problems.add(new ContentProblem(name, 0,
                            "The file is a link to a place outside the content folder; it is skipped."));
                    continue;
                }
                try {
                    files.put(name, decode(Files.readAllBytes(path)));
                } catch (CharacterCodingException e) {
                    problems.add(new ContentProblem(name, 1, "The file is not valid UTF-8 text."));
                } catch (IOException e) {
                    problems.add(new ContentProblem(name, 0, "The file could not be read: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(folder.toString(), 0, "The content folder could not be listed: " + e.getMessage()));
        }
        return check(files, problems);
    }

    /**
     * A SHA-256 over the name and bytes of every file {@link #read} would parse, plus {@code salt} (say, what reads
     * them). Equal fingerprints mean an import would find the same content; a folder that cannot be listed gets a
     * fingerprint of its own, which never matches a readable one.
     */
    public static String fingerprint(Path folder, String salt) {
        MessageDigest digest = sha256();
        digest.update(salt.getBytes(StandardCharsets.UTF_8));
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        try {
            Path root = folder.toRealPath();
            for (Path path : topicFiles(root)) {
                if (!isInside(root, path)) {
                    digest.update((byte) 1);
                    digest.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(path);
                digest.update((byte) 0);
                digest.update(root.relativize(path).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The regular file that {@code relative} names inside {@code folder}, or empty when there is none or when the
     * name, or a link on the way, leads outside the folder's real location.
     */
    public static Optional<Path> resolveInside(Path folder, String relative) {
        try {
            Path root = folder.toRealPath();
            Path named = root.resolve(relative).normalize();
            if (!named.startsWith(root)) {
                return Optional.empty();
            }
            Path real = named.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Markdown files under the (real) root except READMEs, in name order; linked folders are not entered. */
    private static List<Path> topicFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
    }

    /** A link inside the folder may point to another file in it, never out of it. */
    private static boolean isInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses in-memory files (name to text) as one content set. */
    public static Snapshot check(Map<String, String> files, List<ContentProblem> earlier) {
        List<ContentProblem> problems = new ArrayList<>(earlier);
        List<TopicSource> topics = new ArrayList<>();
        Map<String, String> topicFiles = new HashMap<>();
        Map<String, String> cardFiles = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            TopicParser.Result result = TopicParser.parse(file.getKey(), file.getValue());
            problems.addAll(result.problems());
            TopicSource topic = result.topic();
            if (topic == null) {
                continue;
            }
            if (topicFiles.containsKey(topic.id())) {
                problems.add(new ContentProblem(file.getKey(), 2, "The topic id '" + topic.id()
                        + "' is already used by " + topicFiles.get(topic.id()) + "; this file is skipped."));
                continue;
            }
            topicFiles.put(topic.id(), file.getKey());
            List<CardSource> unique = new ArrayList<>();
            for (CardSource card : topic.cards()) {
                String previous = cardFiles.get(card.id());
                if (previous != null) {
                    problems.add(new ContentProblem(file.getKey(), card.line(), "The card id '" + card.id()
                            + "' is already used in " + previous + "; this card is skipped. Give it a new id."));
                    continue;
                }
                cardFiles.put(card.id(), file.getKey());
                unique.add(card);
            }
            topics.add(withCards(topic, unique));
        }
        Set<String> ids = cardFiles.keySet();
        List<TopicSource> checked = new ArrayList<>();
        for (TopicSource topic : topics) {
            List<CardSource> cards = new ArrayList<>();
            for (CardSource card : topic.cards()) {
                if (card.follows() != null && !ids.contains(card.follows())) {
                    problems.add(new ContentProblem(topic.file(), card.line(), "Follow-up card '" + card.id()
                            + "' follows '" + card.follows() + "', but no card has that id; it is skipped."));
                    continue;
                }
                cards.add(card);
            }
            checked.add(withCards(topic, cards));
        }
        checked = withoutCycles(checked, problems);
        Collections.sort(problems);
        return new Snapshot(List.copyOf(checked), List.copyOf(problems));
    }

    /**
     * Skips every follow-up whose chain of {@code Follows:} leads back to itself, so walking from a card to its
     * follow-ups, and theirs, always ends.
     */
    private static List<TopicSource> withoutCycles(List<TopicSource> topics, List<ContentProblem> problems) {
        Map<String, String> parents = new HashMap<>();
        for (TopicSource topic : topics) {
            for (CardSource card : topic.cards()) {
                if (card.follows() != null) {
                    parents.put(card.id(), card.follows());
                }
            }
        }
        Map<String, String> cycles = new HashMap<>();
        for (String id : parents.keySet()) {
            List<String> chain = new ArrayList<>(List.of(id));
            String next = parents.get(id);
            while (next != null && !next.equals(id) && !chain.contains(next) && chain.size() <= parents.size()) {
                chain.add(next);
                next = parents.get(next);
            }
            if (id.equals(next)) {
                chain.add(id);
                cycles.put(id, String.join(" → ", chain));
            }
        }
        if (cycles.isEmpty()) {
            return topics;
        }
        List<TopicSource> kept = new ArrayList<>();
        for (TopicSource topic : topics) {
            List<CardSource> cards = new ArrayList<>();
            for (CardSource card : topic.cards()) {
                String cycle = cycles.get(card.id());
                if (cycle != null) {
                    problems.add(new ContentProblem(topic.file(), card.line(), "Follow-up card '" + card.id()
                            + "' is part of a cycle of follow-ups (" + cycle + "), which would never end; it is"
                            + " skipped. Make one card of the cycle follow a card outside it."));
                } else {
                    cards.add(card);
                }
            }
            kept.add(withCards(topic, cards));
        }
        return kept;
    }

    private static TopicSource withCards(TopicSource t, List<CardSource> cards) {
        return new TopicSource(t.file(), t.id(), t.titleKo(), t.titleEn(), t.category(), t.tags(), t.demo(), t.order(),
                t.body(), List.copyOf(cards));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
