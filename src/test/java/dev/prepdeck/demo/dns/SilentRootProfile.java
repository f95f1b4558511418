package dev.prepdeck.demo.dns;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** One trace at a time, against a root that never answers. */
public class SilentRootProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SilentRootResource.class));
    }
}
