package dev.prepdeck.demo.dns;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks what a visitor may trace: a domain name (never a server address) and one of the demo's
 * record types. Internationalised names are turned into their punycode (ASCII) form.
 */
public final class DnsNames {

    /** Record types the demo offers, in the order the form lists them. */
    public static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "MX", "NS", "TXT");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_NAME = 253;

    private DnsNames() {
    }

    /** A name in both spellings: {@code ascii} is what goes on the wire, {@code unicode} what people read. */
    public record DnsName(String ascii, String unicode) {

        /** The fully qualified wire form, with the trailing dot. */
        public String fqdn() {
            return ascii + ".";
        }

        public boolean isInternational() {
            return !ascii.equals(unicode);
        }
    }

    /**
     * Parses a name typed by a visitor.
     *
     * @throws IllegalArgumentException with a message fit to show the visitor
     */
    public static DnsName parseName(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Enter a domain name, for example www.github.com.");
        }
        String name = input.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Enter a domain name, not just the root.");
        }
        if (name.contains(":") || name.contains("/") || name.contains("@") || name.contains(" ")) {
            throw new IllegalArgumentException("Only a domain name is accepted: no scheme, port, path, address or spaces.");
        }
        String ascii;
        try {
            // ALLOW_UNASSIGNED is off on purpose; STD3 rules are off so that _service labels stay allowed.
            ascii = IDN.toASCII(name).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("This is not a valid domain name: " + e.getMessage());
        }
        if (ascii.length() > MAX_NAME) {
            throw new IllegalArgumentException("A domain name is at most 253 characters long.");
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("A domain name cannot contain an empty label (two dots in a row).");
            }
            if (label.length() > 63) {
                throw new IllegalArgumentException("Each part of a domain name is at most 63 characters long.");
            }
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("Label '" + label + "' may only use letters, digits, '-' and '_',"
                        + " and cannot start or end with '-'.");
            }
        }
        if (DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw new IllegalArgumentException("IP addresses are not accepted: enter a domain name.");
        }
        String unicode;
        try {
            unicode = IDN.toUnicode(ascii);
        } catch (IllegalArgumentException e) {
            unicode = ascii;
        }
        return new DnsName(ascii, unicode);
    }

    /**
     * Parses a record type; blank means A.
     *
     * @throws IllegalArgumentException naming the supported types
     */
    public static String parseType(String input) {
        if (input == null || input.isBlank()) {
            return "A";
        }
        String type = input.strip().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unsupported record type '" + input.strip()
                    + "'. Supported: " + String.join(", ", TYPES) + ".");
        }
        return type;
    }

    /** The readable form of a wire name, or null when it reads the same. */
    public static String unicodeOrNull(String asciiName) {
        if (!asciiName.contains("xn--")) {
            return null;
        }
        try {
            String unicode = IDN.toUnicode(asciiName);
            return unicode.equals(asciiName) ? null : unicode;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
