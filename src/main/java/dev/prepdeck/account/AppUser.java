package dev.prepdeck.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/**
 * A PrepDeck account: login name, bcrypt password hash, one role and the user's study settings.
 * quarkus-security-jpa reads this entity to check passwords and to restore sessions.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntity {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

    /** Login name, stored in lower case so that uniqueness ignores case. */
    @Username
    @Column(nullable = false, unique = true, length = 32)
    public String username;

    /** Modular-crypt bcrypt hash ({@code $2a$...}); never the password itself. */
    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** One of {@link Role#ALL}. */
    @Roles
    @Column(nullable = false, length = 16)
    public String role = Role.CANDIDATE;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Raised to end every session of this account: a session cookie is valid only for the version it names. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    @Embedded
    public UserSettings settings = new UserSettings();

    /** Folds a typed login name the way names are stored. */
    /** Whether a stored hash is bcrypt in modular-crypt form, the only kind log-in can check. */
    public static boolean isBcrypt(String hash) {
        return hash != null && BCRYPT.matcher(hash).matches();
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    /** The user with this login name, compared case-insensitively; null if there is none. */
    public static AppUser findByUsername(String username) {
        String name = normalize(username);
        if (name == null || name.isEmpty()) {
            return null;
        }
        return find("username", name).firstResult();
    }

    public static boolean usernameTaken(String username) {
        return count("username", normalize(username)) > 0;
    }

    public static long countByRole(String role) {
        return count("role", role);
    }

    /** One page of users ordered by name, optionally only names containing {@code query}. */
    public static List<AppUser> listPage(String query, int pageIndex, int pageSize) {
        Sort byName = Sort.by("username");
        if (query == null || query.isBlank()) {
            return findAll(byName).page(Page.of(pageIndex, pageSize)).list();
        }
        return find("username like ?1", byName, "%" + escapeLike(normalize(query)) + "%")
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public static long countMatching(String query) {
        if (query == null || query.isBlank()) {
            return count();
        }
        return count("username like ?1", "%" + escapeLike(normalize(query)) + "%");
    }

    private static String escapeLike(String text) {
        // a stray '%' would turn the search into "everything"; '_' may stay, it only widens the match a little
        return text.replace("%", "");
    }

    /** Ends every session of the user: cookies naming an older version are refused from now on. */
    public static void endSessions(long userId) {
        update("sessionVersion = sessionVersion + 1 where id = ?1", userId);
    }

    public boolean hasRole(String wanted) {
        return wanted.equals(role);
    }
}
