package dev.prepdeck.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Creates the first admin from PREPDECK_ADMIN_USERNAME / PREPDECK_ADMIN_PASSWORD on an empty user table. A password
 * the sign-up form would refuse (too short, common, containing the username) stops the start with the reason, rather
 * than leaving the operator with a server nobody can administer.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent event) {
        try {
            accounts.bootstrapAdmin();
        } catch (AccountService.AdminRefused e) {
            LOG.error(e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            // with several instances starting together only one insert wins; the others end up here
            LOG.warnf("The first admin was not created by this instance (%s); another instance probably did",
                    e.getClass().getSimpleName());
        }
    }
}
