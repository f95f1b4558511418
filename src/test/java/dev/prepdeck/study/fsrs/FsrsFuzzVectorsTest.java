package dev.prepdeck.study.fsrs;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays vectors made by ts-fsrs 5.4.2 with fuzz ON (src/test/fsrs-oracle/generate-fuzz-vectors.mjs), proving the
 * Alea generator, seed text and fuzz ranges match the reference bit for bit.
 */
class FsrsFuzzVectorsTest {

    @TestFactory
    Stream<DynamicNode> fuzzedIntervalsMatchTsFsrs() {
        return ReferenceVectors.load("fsrs.fuzz-vectors", "/fsrs/vectors-fuzz.json").tests();
    }
}
