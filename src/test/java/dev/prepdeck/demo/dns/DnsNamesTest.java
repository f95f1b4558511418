package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a visitor may type into the trace form. */
class DnsNamesTest {

    @Test
    void shouldAcceptAPlainNameAndDropTheTrailingDot() {
        DnsNames.DnsName name = DnsNames.parseName("  WWW.GitHub.com. ");
        assertEquals("www.github.com", name.ascii());
        assertEquals("www.github.com.", name.fqdn());
        assertFalse(name.isInternational());
    }

    @Test
    void shouldTurnKoreanNamesIntoPunycodeAndBack() {
        DnsNames.DnsName name = DnsNames.parseName("한국인터넷정보센터.한국");
        assertTrue(name.ascii().startsWith("xn--"), name.ascii());
        assertTrue(name.ascii().endsWith(".xn--3e0b707e"), name.ascii());
        assertEquals("한국인터넷정보센터.한국", name.unicode());
        assertTrue(name.isInternational());
        assertEquals("한국.example.test.", DnsNames.unicodeOrNull("xn--3e0b707e.example.test."));
    }

    @Test
    void shouldAcceptServiceLabelsWithUnderscores() {
        assertEquals("_dmarc.example.com", DnsNames.parseName("_dmarc.example.com").ascii());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".", "192.0.2.1", "8.8.8.8.", "2001:db8::1", "http://example.com",
            "example.com:53", "exa mple.com", "a..b", "-bad.example", "bad-.example", "user@example.com",
            "ex!ample.com"})
    void shouldRejectWhatIsNotADomainName(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DnsNames.parseName(input));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void shouldRejectOverlongLabelsAndNames() {
        assertThrows(IllegalArgumentException.class, () -> DnsNames.parseName("a".repeat(64) + ".com"));
        String longName = ("a".repeat(60) + ".").repeat(5) + "com";
        assertThrows(IllegalArgumentException.class, () -> DnsNames.parseName(longName));
    }

    @Test
    void shouldAcceptTheDemoTypesInAnyCaseAndDefaultToA() {
        assertEquals("AAAA", DnsNames.parseType("aaaa"));
        assertEquals("A", DnsNames.parseType(null));
        assertEquals("A", DnsNames.parseType(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DnsNames.parseType("ANY"));
        assertTrue(e.getMessage().contains("A, AAAA, CNAME, MX, NS, TXT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DnsNames.parseType("AXFR"));
    }
}
