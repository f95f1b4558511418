package dev.prepdeck.demo.dns;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A tight per-client limit, so the third trace in a minute is refused. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("prepdeck.dns.rate-limit-per-minute", "2");
    }
}
