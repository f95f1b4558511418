package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a grade records of the siblings it buried, read back the same for its undo. */
class SiblingBurialTest {

    private static final Instant TOMORROW = Instant.parse("2026-03-10T19:00:00Z");

    @Test
    void shouldReadBackEverySiblingWithItsEarlierBurial() {
        Map<String, Instant> previous = new LinkedHashMap<>();
        previous.put("tw-linux-c2", null);
        previous.put("tw-linux-c3", Instant.parse("2026-03-09T19:00:00Z"));
        SiblingBurial buried = new SiblingBurial(TOMORROW, previous);

        SiblingBurial read = SiblingBurial.decode(buried.encode());

        assertEquals(buried, read);
        assertNull(read.previous().get("tw-linux-c2"));
    }

    @Test
    void shouldRecordNothingWhenNoSiblingWasBuried() {
        assertNull(new SiblingBurial(TOMORROW, Map.of()).encode());
        assertNull(SiblingBurial.decode(null));
    }

    @Test
    void shouldIgnoreTextItCannotRead() {
        assertNull(SiblingBurial.decode("tomorrow|tw-linux-c2="));
        assertNull(SiblingBurial.decode("no separator"));
        assertNull(SiblingBurial.decode("1|=5"));
    }
}
