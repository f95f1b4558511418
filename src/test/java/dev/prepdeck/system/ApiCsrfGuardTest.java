package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiCsrfGuardTest {

    @Test
    void shouldTrustFetchMetadataFirstAndRefuseOtherSitesAndSiblingSubdomains() {
        assertFalse(ApiCsrfGuard.isCrossSite("same-origin", null, "https", "prep.example", -1));
        assertFalse(ApiCsrfGuard.isCrossSite("none", null, "https", "prep.example", -1));
        assertTrue(ApiCsrfGuard.isCrossSite("cross-site", "https://prep.example", "https", "prep.example", -1));
        assertTrue(ApiCsrfGuard.isCrossSite("same-site", null, "https", "prep.example", -1));
    }

    @Test
    void shouldCompareTheOriginWithThisServersSchemeHostAndPort() {
        assertFalse(ApiCsrfGuard.isCrossSite(null, null, "http", "localhost", 8080), "no header: not a browser");
        assertFalse(ApiCsrfGuard.isCrossSite(null, "http://localhost:8080", "http", "localhost", 8080));
        assertFalse(ApiCsrfGuard.isCrossSite(null, "https://prep.example", "https", "prep.example", 443));
        assertFalse(ApiCsrfGuard.isCrossSite(null, "https://PREP.example:443", "https", "prep.example", -1));
        assertTrue(ApiCsrfGuard.isCrossSite(null, "http://localhost:9999", "http", "localhost", 8080), "port");
        assertTrue(ApiCsrfGuard.isCrossSite(null, "http://prep.example", "https", "prep.example", -1), "scheme");
        assertTrue(ApiCsrfGuard.isCrossSite(null, "https://evil.example", "https", "prep.example", -1), "host");
        assertTrue(ApiCsrfGuard.isCrossSite(null, "null", "https", "prep.example", -1), "opaque origin");
    }
}
