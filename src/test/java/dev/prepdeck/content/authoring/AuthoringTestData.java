package dev.prepdeck.content.authoring;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads what the editor stored, for assertions. */
final class AuthoringTestData {

    private AuthoringTestData() {
    }

    static List<ContentNote> notes() {
        return QuarkusTransaction.requiringNew().call(ContentNote::listInOrder);
    }
}
