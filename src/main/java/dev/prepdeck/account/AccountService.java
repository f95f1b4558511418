package dev.prepdeck.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

import dev.prepdeck.system.DatabaseFailures;

/** Account rules: sign-up per registration mode, invites, roles, settings, passwords and ending sessions. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final int MIN_PASSWORD = 8;
    /** bcrypt only looks at the first 72 bytes; longer passwords would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountConfig config;

    Clock clock = Clock.systemUTC();

    /** One login throttle per instance, sized from configuration. */
    @Produces
    @ApplicationScoped
    LoginThrottle loginThrottle() {
        AccountConfig.Login login = config.login();
        return new LoginThrottle(login.maxFailures(), login.maxFailuresPerClient(), login.window(), Clock.systemUTC());
    }

    /** One sign-up throttle per instance, sized from configuration. */
    @Produces
    @ApplicationScoped
    SignupThrottle signupThrottle() {
        AccountConfig.Signup signup = config.signup();
        return new SignupThrottle(signup.maxPerClient(), signup.window(), Clock.systemUTC());
    }

    public RegistrationMode registrationMode() {
        return config.registration();
    }

    /** What went wrong with a sign-up: form field name to an error code (a key of {@link AccountMessages}). */
    public static class SignupRejected extends RuntimeException {
        public final Map<String, String> errors;

        SignupRejected(Map<String, String> errors) {
            super("sign-up rejected: " + errors.values(), null, false, false);
            this.errors = Map.copyOf(errors);
        }
    }

    /**
     * Creates a candidate account (or the invite's role) if the registration mode allows it.
     *
     * @throws SignupRejected with field errors; nothing is stored then
     */
    @Transactional
    public AppUser signUp(String username, String password, String passwordConfirm, String inviteCode) {
        RegistrationMode mode = config.registration();
        if (mode == RegistrationMode.CLOSED) {
            throw new RegistrationClosed();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = AppUser.normalize(username);
        checkCredentials(name, password, errors);
        checkGuessable(name, password, "password", errors);
        if (passwordConfirm != null && password != null && !password.equals(passwordConfirm)) {
            errors.putIfAbsent("passwordConfirm", "err_password_mismatch");
        }
        Instant now = clock.instant();
        Invite invite = null;
        if (mode == RegistrationMode.INVITE) {
            if (inviteCode == null || inviteCode.isBlank()) {
                errors.put("invite", "err_invite_required");
            } else {
                invite = Invite.findByCode(inviteCode);
                if (invite == null || !invite.isOpen(now)) {
                    errors.put("invite", "err_invite_invalid");
                }
            }
        }
        if (!errors.containsKey("username") && AppUser.usernameTaken(name)) {
            errors.put("username", "err_username_taken");
        }
        if (!errors.isEmpty()) {
            throw new SignupRejected(errors);
        }
        AppUser user = insert(name, password, invite != null ? invite.role : Role.CANDIDATE, now);
        if (invite != null && !Invite.claim(invite.code, user.id, now)) {
            // someone else used the code a moment ago; the rollback also removes the new user
            throw new SignupRejected(Map.of("invite", "err_invite_invalid"));
        }
        return user;
    }

    /** Thrown when registration is closed. */
    public static class RegistrationClosed extends RuntimeException {
        RegistrationClosed() {
            super("registration is closed", null, false, false);
        }
    }

    /** Creates an account with the given role without looking at the registration mode (admin, bootstrap). */
    @Transactional
    public AppUser createUser(String username, String password, String role) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = AppUser.normalize(username);
        checkCredentials(name, password, errors);
        if (!Role.isKnown(role)) {
            throw new IllegalArgumentException("unknown role: " + role);
        }
        if (!errors.containsKey("username") && AppUser.usernameTaken(name)) {
            errors.put("username", "err_username_taken");
        }
        if (!errors.isEmpty()) {
            throw new SignupRejected(errors);
        }
        return insert(name, password, role, clock.instant());
    }

    private AppUser insert(String name, String password, String role, Instant now) {
        AppUser user = new AppUser();
        user.username = name;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        user.createdAt = now;
        user.settings.timeZone = ValidTimeZone.Check.isZone(config.defaultTimeZone()) ? config.defaultTimeZone() : "UTC";
        try {
            user.persistAndFlush();
        } catch (PersistenceException e) {
            if (!DatabaseFailures.isUniqueViolation(e)) {
                // the database failed (full disk, closed, unreachable): never tell the user the name is taken
                throw e;
            }
            // the unique key caught a sign-up that raced ours for the same name
            throw new SignupRejected(Map.of("username", "err_username_taken"));
        }
        return user;
    }

    private static void checkCredentials(String name, String password, Map<String, String> errors) {
        if (name == null || !USERNAME.matcher(name).matches()) {
            errors.put("username", "err_username_format");
        }
        checkPassword(name, password, "password", errors);
    }

    /** The rules every new password meets, whether chosen at sign-up or in the settings. */
    private static void checkPassword(String name, String password, String field, Map<String, String> errors) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            errors.put(field, "err_password_short");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.put(field, "err_password_long");
        }
    }

    /**
     * The rules for a password a person picks (sign-up, password change): not a common one, not built on the
     * username. Accounts an operator creates from configuration are only held to the length rules.
     */
    private static void checkGuessable(String name, String password, String field, Map<String, String> errors) {
        if (errors.containsKey(field) || password == null) {
            return;
        }
        if (name != null && USERNAME.matcher(name).matches() && CommonPasswords.containsUsername(password, name)) {
            errors.put(field, "err_password_username");
        } else if (CommonPasswords.isCommon(password)) {
            errors.put(field, "err_password_common");
        }
    }

    /** Ends every session of the user (logout): cookies issued until now stop working on every device. */
    @Transactional
    public void endSessions(long userId) {
        AppUser.endSessions(userId);
    }

    /** True if {@code password} is the user's password; a hash that is not bcrypt never matches. */
    public static boolean passwordMatches(AppUser user, String password) {
        if (user == null || password == null || password.isEmpty() || user.passwordHash == null) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password stored = factory.translate(ModularCrypt.decode(user.passwordHash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Replaces the user's password after checking the current one, and ends every other session.
     *
     * @return the user with the new session version, to issue this browser a fresh cookie
     * @throws SignupRejected with field errors ({@code currentPassword}, {@code newPassword},
     *         {@code newPasswordConfirm}); nothing is stored then
     */
    @Transactional
    public AppUser changePassword(long userId, String current, String next, String nextConfirm) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw new NotFoundException("no such user");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!passwordMatches(user, current)) {
            errors.put("currentPassword", "err_current_password");
        }
        checkPassword(user.username, next, "newPassword", errors);
        checkGuessable(user.username, next, "newPassword", errors);
        if (next != null && !next.equals(nextConfirm)) {
            errors.putIfAbsent("newPasswordConfirm", "err_password_mismatch");
        }
        if (!errors.isEmpty()) {
            throw new SignupRejected(errors);
        }
        user.passwordHash = BcryptUtil.bcryptHash(next);
        user.sessionVersion++;
        LOG.infof("Password of %s changed; its other sessions ended", user.username);
        return user;
    }

    /**
     * Deletes the user's account and study progress after checking the password. The last admin cannot leave,
     * so the instance keeps someone who can manage it.
     *
     * @throws SignupRejected with a {@code password} field error; nothing is deleted then
     * @throws LastAdmin when the user is the only admin
     */
    @Transactional
    public void deleteAccount(long userId, String password) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw new NotFoundException("no such user");
        }
        if (!passwordMatches(user, password)) {
            throw new SignupRejected(Map.of("password", "err_current_password"));
        }
        if (Role.ADMIN.equals(user.role) && AppUser.countByRole(Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        var em = AppUser.getEntityManager();
        em.createNativeQuery("DELETE FROM review_log WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        em.createNativeQuery("DELETE FROM card_state WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        user.delete();
        LOG.infof("Account %s deleted with its study progress", user.username);
    }

    /** Thrown when a role change would leave no admin. */
    public static class LastAdmin extends RuntimeException {
        LastAdmin() {
            super("the last admin keeps the admin role", null, false, false);
        }
    }

    /** Gives a user another role; the last admin cannot be demoted, so the instance never locks itself out. */
    @Transactional
    public AppUser changeRole(long userId, String role) {
        if (!Role.isKnown(role)) {
            throw new IllegalArgumentException("unknown role: " + role);
        }
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw new NotFoundException("no such user");
        }
        if (Role.ADMIN.equals(user.role) && !Role.ADMIN.equals(role) && AppUser.countByRole(Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        if (!role.equals(user.role)) {
            LOG.infof("Role of %s changed from %s to %s", user.username, user.role, role);
            user.role = role;
            // a session opened under the old role ends; the next login starts under the new one
            user.sessionVersion++;
        }
        return user;
    }

    /** Makes a fresh single-use invite code for the given role. */
    @Transactional
    public Invite createInvite(Long createdBy, String role) {
        if (!Role.isKnown(role)) {
            throw new IllegalArgumentException("unknown role: " + role);
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        Invite invite = new Invite();
        invite.code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invite.role = role;
        invite.createdBy = createdBy;
        invite.createdAt = clock.instant();
        invite.expiresAt = invite.createdAt.plus(config.invites().validity());
        invite.persist();
        return invite;
    }

    /** Stores validated settings for a user. */
    @Transactional
    public AppUser updateSettings(long userId, SettingsForm form) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw new NotFoundException("no such user");
        }
        form.applyTo(user.settings);
        return user;
    }

    /**
     * Creates the configured first admin if the user table is empty. Safe when several instances start at
     * once: they take turns on the start-up row lock, so the later one finds the admin already there.
     *
     * @return true if an admin was created
     */
    @Transactional
    public boolean bootstrapAdmin() {
        // The same row the content import locks: one instance at a time does its start-up writes.
        AppUser.getEntityManager().createNativeQuery("SELECT id FROM content_import_lock WHERE id = 1 FOR UPDATE")
                .getResultList();
        if (AppUser.count() > 0) {
            return false;
        }
        String username = config.admin().username().map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        String password = config.admin().password().filter(s -> !s.isEmpty()).orElse(null);
        if (username == null || password == null) {
            LOG.info("No users yet. Set PREPDECK_ADMIN_USERNAME and PREPDECK_ADMIN_PASSWORD to create the first admin.");
            return false;
        }
        List<String> problems = configuredAdminProblems(username, password);
        if (!problems.isEmpty()) {
            throw new AdminRefused(problems);
        }
        AppUser admin = createUser(username, password, Role.ADMIN);
        LOG.infof("Created the first admin '%s' from configuration", admin.username);
        return true;
    }

    /**
     * Why the first admin from configuration cannot be created, in words for the operator's log (never the password
     * itself): the same rules as a sign-up, so an admin password is never a common one or built on the username.
     */
    static List<String> configuredAdminProblems(String username, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = AppUser.normalize(username);
        checkCredentials(name, password, errors);
        checkGuessable(name, password, "password", errors);
        List<String> problems = new ArrayList<>();
        errors.forEach((field, code) -> problems.add(switch (code) {
            case "err_username_format" -> "PREPDECK_ADMIN_USERNAME must be 3 to 32 lower-case letters, digits, '.', '_' or '-'";
            case "err_password_short" -> "PREPDECK_ADMIN_PASSWORD must be at least " + MIN_PASSWORD + " characters long";
            case "err_password_long" -> "PREPDECK_ADMIN_PASSWORD must be at most " + MAX_PASSWORD_BYTES + " bytes long";
            case "err_password_username" -> "PREPDECK_ADMIN_PASSWORD must not contain the username";
            case "err_password_common" -> "PREPDECK_ADMIN_PASSWORD is one of the most common passwords";
            default -> code;
        }));
        return problems;
    }

    /** The configured first admin breaks a password or username rule: the app must not start without it. */
    public static class AdminRefused extends IllegalStateException {
        AdminRefused(List<String> problems) {
            super("The first admin from PREPDECK_ADMIN_USERNAME / PREPDECK_ADMIN_PASSWORD was not created: "
                    + String.join("; ", problems) + ". Choose another password (8+ characters, not a common one,"
                    + " not containing the username) or unset both variables, then start again.");
        }
    }
}
