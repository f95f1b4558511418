package dev.prepdeck.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import dev.prepdeck.system.SessionTicket;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Restores the identity behind a session cookie with one read of the user's row (refusing a cookie whose session
 * version the account has moved past), and carries that row in the
 * identity so that {@link CurrentUser} does not read it a second time in the same request. Password logins still
 * go through quarkus-security-jpa.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Identity attribute holding the {@link AppUser} read when the session was restored (a detached copy). */
    static final String USER_ATTRIBUTE = "prepdeck.user";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Ahead of quarkus-security-jpa's provider for the same request type, which would only read the row again. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(load(SessionTicket.parse(request.getPrincipal()))));
    }

    private AppUser load(SessionTicket ticket) {
        if (ticket == null) {
            throw new AuthenticationFailedException();
        }
        // The request's own session may not exist yet (or be inside a transaction later); a short read-only one
        // keeps the loaded row out of any flush.
        EntityManager em = entityManagerFactory.createEntityManager();
        Session session = em.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            List<AppUser> found = em.createQuery("from AppUser where username = :name", AppUser.class)
                    .setParameter("name", ticket.username()).setMaxResults(1).getResultList();
            if (found.isEmpty() || found.get(0).id != ticket.userId()
                    || found.get(0).sessionVersion != ticket.version()) {
                // no such account any more, or its sessions were ended after this cookie was issued
                throw new AuthenticationFailedException();
            }
            return found.get(0);
        } finally {
            em.close();
        }
    }

    /** The ticket a new session cookie for {@code user} carries. */
    static SessionTicket ticketOf(AppUser user) {
        return new SessionTicket(user.username, user.id, user.sessionVersion);
    }

    static SecurityIdentity identityOf(AppUser user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addAttribute(USER_ATTRIBUTE, user);
        if (user.role != null) {
            for (String role : user.role.split(",")) {
                if (!role.isBlank()) {
                    identity.addRole(role.trim());
                }
            }
        }
        return identity.build();
    }
}
