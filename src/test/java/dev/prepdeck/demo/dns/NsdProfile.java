package dev.prepdeck.demo.dns;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Quarkus tests whose DNS traces walk the real NSD hierarchy on loopback. */
public class NsdProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NsdTestResource.class));
    }
}
