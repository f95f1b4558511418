package dev.prepdeck.demo.dns;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the NSD hierarchy for a Quarkus test and points the app's roots and stub resolver at it. */
public class NsdTestResource implements QuarkusTestResourceLifecycleManager {

    private NsdHierarchy nsd;

    @Override
    public Map<String, String> start() {
        nsd = NsdHierarchy.start();
        String port = String.valueOf(nsd.port());
        return Map.of(
                "prepdeck.dns.root-servers", TestHierarchy.ROOT,
                "prepdeck.dns.port", port,
                // The example.test. server stands in for a recursive resolver: it answers its own names.
                "prepdeck.dns.stub-resolver", TestHierarchy.EXAMPLE + ":" + port,
                "prepdeck.dns.query-timeout", "1s",
                "prepdeck.dns.trace-timeout", "8s",
                "prepdeck.dns.rate-limit-per-minute", "1000");
    }

    @Override
    public void stop() {
        if (nsd != null) {
            nsd.close();
        }
    }
}
