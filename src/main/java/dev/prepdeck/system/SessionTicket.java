package dev.prepdeck.system;

/**
 * What a session cookie says inside its encryption: whose session it is and which version of that account's
 * sessions it belongs to. The account id keeps a cookie of a deleted account from opening a new account that
 * later takes the same name.
 */
public record SessionTicket(String username, long userId, int version) {

    /** The text stored in the cookie; usernames never contain ':'. */
    public String encode() {
        return username + ":" + userId + ":" + version;
    }

    /** The ticket in {@code text}, or null for anything else (such as a cookie from before versions existed). */
    public static SessionTicket parse(String text) {
        if (text == null) {
            return null;
        }
        int second = text.lastIndexOf(':');
        int first = second > 0 ? text.lastIndexOf(':', second - 1) : -1;
        if (first <= 0) {
            return null;
        }
        try {
            return new SessionTicket(text.substring(0, first), Long.parseLong(text.substring(first + 1, second)),
                    Integer.parseInt(text.substring(second + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
