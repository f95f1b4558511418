package dev.prepdeck.account;

import java.util.List;

/** The role names PrepDeck knows; use the constants in {@code @RolesAllowed}. */
public final class Role {

    /** Studies cards and sees their own progress; every new account starts here. */
    public static final String CANDIDATE = "candidate";
    /** Looks after content and the cards candidates flag. */
    public static final String MENTOR = "mentor";
    /** Manages users, roles and invites. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CANDIDATE, MENTOR, ADMIN);

    private Role() {
    }

    public static boolean isKnown(String role) {
        return role != null && ALL.contains(role);
    }
}
