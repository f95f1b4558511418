package dev.prepdeck.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin page: list users, change roles, create invite codes. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminUserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(String mode, List<AppUser> users, long total, Paging paging,
                String q, List<Invite> invites, List<String> roles, String done, String error, ShownTime when);
    }

    /** Where the listing is: zero-based page index, page count, and the neighbours' indexes. */
    public record Paging(int index, int pages) {
        public int number() {
            return index + 1;
        }

        public boolean hasPrevious() {
            return index > 0;
        }

        public boolean hasNext() {
            return index + 1 < pages;
        }

        public int previous() {
            return index - 1;
        }

        public int next() {
            return index + 1;
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance page(@RestQuery String q, @RestQuery @DefaultValue("0") int page,
            @RestQuery String done, @RestQuery String error, @Context HttpHeaders headers) {
        long total = AppUser.countMatching(q);
        int pages = (int) Math.max(1, (total + AdminUserResource.PAGE_SIZE - 1) / AdminUserResource.PAGE_SIZE);
        int index = Math.min(Math.max(0, page), pages - 1);
        List<AppUser> users = AppUser.listPage(q, index, AdminUserResource.PAGE_SIZE);
        String mode = accounts.registrationMode().name().toLowerCase(Locale.ROOT);
        return Templates.users(mode, users, total, new Paging(index, pages), q == null ? "" : q, Invite.listOpen(Instant.now()),
                Role.ALL, done, error,
                ShownTime.of(currentUser.settings().zoneId(), UiLanguage.pick(headers.getAcceptableLanguages())));
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        try {
            accounts.changeRole(id, role);
        } catch (AccountService.LastAdmin e) {
            return Response.seeOther(URI.create("/admin/users?error=last-admin")).build();
        }
        return Response.seeOther(URI.create("/admin/users?done=role")).build();
    }

    @POST
    @Path("invites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createInvite(@RestForm String role) {
        accounts.createInvite(currentUser.id(), role == null || role.isBlank() ? Role.CANDIDATE : role);
        return Response.seeOther(URI.create("/admin/users?done=invite#invites")).build();
    }
}
