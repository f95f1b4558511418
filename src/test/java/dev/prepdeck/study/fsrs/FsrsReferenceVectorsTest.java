package dev.prepdeck.study.fsrs;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the ts-fsrs 5.4.2 reference vectors (fuzz off, UTC days) and checks every recorded field of every review.
 * Another file of the same schema: {@code ./mvnw test -Dtest=FsrsReferenceVectorsTest -Dfsrs.vectors=PATH}.
 */
class FsrsReferenceVectorsTest {

    /** System property naming a vector file to replay instead of the bundled public one. */
    static final String VECTORS_PROPERTY = "fsrs.vectors";

    @TestFactory
    Stream<DynamicNode> schedulerReproducesEveryReferenceReview() {
        return ReferenceVectors.load(VECTORS_PROPERTY, "/fsrs/vectors-public.json").tests();
    }
}
