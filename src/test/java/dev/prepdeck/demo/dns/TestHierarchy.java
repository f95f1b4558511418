package dev.prepdeck.demo.dns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small DNS hierarchy every resolver test runs against, as master-file text per server address:
 * served by real NSD processes in the integration tests and by {@link FakeDnsNetwork} in unit tests.
 *
 * <pre>
 * .                 127.0.0.2  root, delegates test. and arpa. (with glue)
 * test., arpa.      127.0.0.3  TLD; example.test. with glue, cdn.test. glueless; PTRs for 192.0.2.x
 * example.test.     127.0.0.4  www CNAME www.cdn.test., MX, NODATA, NXDOMAIN, a TXT too big for UDP,
 *                              a lame delegation and a zone whose first two servers are dead and lame
 * cdn.test.         127.0.0.5  www CNAME edge, edge A x2 (its server's name lives in example.test.)
 * unrelated.test.   127.0.0.6  the lame server: serves nothing it is listed for, so it refuses
 * mixed.example.test 127.0.0.7 the working server behind the dead and the lame one
 * 127.0.0.9                    nothing listens there
 * </pre>
 */
final class TestHierarchy {

    static final String ROOT = "127.0.0.2";
    static final String TLD = "127.0.0.3";
    static final String EXAMPLE = "127.0.0.4";
    static final String CDN = "127.0.0.5";
    static final String LAME = "127.0.0.6";
    static final String MIXED = "127.0.0.7";
    static final String DEAD = "127.0.0.9";

    /** TTLs the assertions compare the traces with. */
    static final long TTL_TLD_NS = 172800;
    static final long TTL_EXAMPLE_NS = 86400;
    static final long TTL_CDN_NS = 7200;
    static final long TTL_WWW_CNAME = 300;
    static final long TTL_CDN_CNAME = 120;
    static final long TTL_EDGE_A = 60;
    static final long TTL_PTR = 3600;
    static final long NEGATIVE_TTL_EXAMPLE = 900;

    static final List<String> EDGE_ADDRESSES = List.of("192.0.2.10", "192.0.2.11");

    private TestHierarchy() {
    }

    /** Zone texts per server address, zone origin → master file. */
    static Map<String, Map<String, String>> servers() {
        Map<String, Map<String, String>> servers = new LinkedHashMap<>();
        servers.put(ROOT, Map.of(".", ROOT_ZONE));
        Map<String, String> tld = new LinkedHashMap<>();
        tld.put("test.", TEST_ZONE);
        tld.put("arpa.", ARPA_ZONE);
        servers.put(TLD, tld);
        servers.put(EXAMPLE, Map.of("example.test.", exampleZone()));
        servers.put(CDN, Map.of("cdn.test.", CDN_ZONE));
        servers.put(LAME, Map.of("unrelated.test.", UNRELATED_ZONE));
        servers.put(MIXED, Map.of("mixed.example.test.", MIXED_ZONE));
        return servers;
    }

    /** Eight 200-byte strings: about 1.7 kB, more than the 1232-byte EDNS buffer, so UDP replies truncate. */
    static List<String> bigTxtStrings() {
        return java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> "chunk" + i + "-" + "x".repeat(193))
                .toList();
    }

    private static final String ROOT_ZONE = """
            $TTL 86400
            .                    86400  IN SOA a.root-servers.test. hostmaster.nic.test. 2024010101 1800 900 604800 86400
            .                    518400 IN NS  a.root-servers.test.
            a.root-servers.test. 518400 IN A   127.0.0.2
            test.                172800 IN NS  ns1.nic.test.
            ns1.nic.test.        172800 IN A   127.0.0.3
            arpa.                172800 IN NS  ns1.nic.test.
            """;

    private static final String TEST_ZONE = """
            $TTL 3600
            test.                 3600   IN SOA ns1.nic.test. hostmaster.nic.test. 2024010101 1800 900 604800 3600
            test.                 172800 IN NS  ns1.nic.test.
            ns1.nic.test.         172800 IN A   127.0.0.3
            a.root-servers.test.  518400 IN A   127.0.0.2
            example.test.         86400  IN NS  ns1.example.test.
            ns1.example.test.     86400  IN A   127.0.0.4
            cdn.test.             7200   IN NS  ns1.hosting.example.test.
            """;

    private static final String ARPA_ZONE = """
            $TTL 3600
            arpa.                     3600 IN SOA ns1.nic.test. hostmaster.nic.test. 2024010101 1800 900 604800 3600
            arpa.                     3600 IN NS  ns1.nic.test.
            10.2.0.192.in-addr.arpa.  3600 IN PTR edge-10.fra.cdn.test.
            11.2.0.192.in-addr.arpa.  3600 IN PTR edge-11.fra.cdn.test.
            """;

    private static String exampleZone() {
        StringBuilder txt = new StringBuilder();
        for (String s : bigTxtStrings()) {
            txt.append(" \"").append(s).append('"');
        }
        return """
                $TTL 3600
                example.test.             3600  IN SOA ns1.example.test. hostmaster.example.test. 2024010101 1800 900 604800 900
                example.test.             86400 IN NS  ns1.example.test.
                example.test.             3600  IN MX  10 mail.example.test.
                ns1.example.test.         86400 IN A   127.0.0.4
                www.example.test.         300   IN CNAME www.cdn.test.
                mail.example.test.        3600  IN A   192.0.2.25
                ns1.hosting.example.test. 3600  IN A   127.0.0.5
                xn--3e0b707e.example.test. 3600 IN A   192.0.2.30
                loop1.example.test.       300   IN CNAME loop2.example.test.
                loop2.example.test.       300   IN CNAME loop1.example.test.
                lame.example.test.        3600  IN NS  ns.lame.example.test.
                ns.lame.example.test.     3600  IN A   127.0.0.6
                mixed.example.test.       3600  IN NS  a-dead.mixed.example.test.
                mixed.example.test.       3600  IN NS  b-lame.mixed.example.test.
                mixed.example.test.       3600  IN NS  c-good.mixed.example.test.
                a-dead.mixed.example.test. 3600 IN A   127.0.0.9
                b-lame.mixed.example.test. 3600 IN A   127.0.0.6
                c-good.mixed.example.test. 3600 IN A   127.0.0.7
                big.example.test.         3600  IN TXT""" + txt + "\n";
    }

    private static final String CDN_ZONE = """
            $TTL 3600
            cdn.test.       3600 IN SOA ns1.hosting.example.test. hostmaster.cdn.test. 2024010101 1800 900 604800 60
            cdn.test.       7200 IN NS  ns1.hosting.example.test.
            www.cdn.test.   120  IN CNAME edge.cdn.test.
            edge.cdn.test.  60   IN A   192.0.2.10
            edge.cdn.test.  60   IN A   192.0.2.11
            """;

    private static final String UNRELATED_ZONE = """
            $TTL 3600
            unrelated.test. 3600 IN SOA ns.unrelated.test. hostmaster.unrelated.test. 2024010101 1800 900 604800 60
            unrelated.test. 3600 IN NS  ns.unrelated.test.
            ns.unrelated.test. 3600 IN A 127.0.0.6
            """;

    private static final String MIXED_ZONE = """
            $TTL 3600
            mixed.example.test.        3600 IN SOA c-good.mixed.example.test. hostmaster.example.test. 2024010101 1800 900 604800 60
            mixed.example.test.        3600 IN NS  a-dead.mixed.example.test.
            mixed.example.test.        3600 IN NS  b-lame.mixed.example.test.
            mixed.example.test.        3600 IN NS  c-good.mixed.example.test.
            a-dead.mixed.example.test. 3600 IN A   127.0.0.9
            b-lame.mixed.example.test. 3600 IN A   127.0.0.6
            c-good.mixed.example.test. 3600 IN A   127.0.0.7
            www.mixed.example.test.    600  IN A   192.0.2.40
            """;
}
