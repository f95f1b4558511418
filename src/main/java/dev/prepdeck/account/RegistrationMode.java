package dev.prepdeck.account;

/** Who may create an account. */
public enum RegistrationMode {
    /** Anyone can sign up. */
    OPEN,
    /** Sign-up needs a single-use invite code made by an admin. */
    INVITE,
    /** Nobody can sign up; admins create the first admin from configuration. */
    CLOSED
}
