package dev.prepdeck.account;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** User administration as JSON, for admins. */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class AdminUserResource {

    static final int PAGE_SIZE = 50;

    /** One user in the admin listing. */
    public record UserView(long id, String username, String role, Instant createdAt) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.role, u.createdAt);
        }
    }

    /** A page of users. */
    public record UserPage(long total, int page, int pageSize, List<UserView> users) {
    }

    /** A new role for a user. */
    public record RoleChange(@NotNull @Pattern(regexp = "candidate|mentor|admin",
            message = "must be candidate, mentor or admin") String role) {
    }

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "List users by name, 50 per page, optionally filtered by a name fragment")
    public UserPage list(@RestQuery String q, @RestQuery @DefaultValue("0") int page) {
        int index = Math.max(0, page);
        List<UserView> users = AppUser.listPage(q, index, PAGE_SIZE).stream().map(UserView::of).toList();
        return new UserPage(AppUser.countMatching(q), index, PAGE_SIZE, users);
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role; the last admin cannot be demoted (409)")
    public UserView changeRole(@PathParam("id") long id, @Valid @NotNull RoleChange change) {
        try {
            return UserView.of(accounts.changeRole(id, change.role()));
        } catch (AccountService.LastAdmin e) {
            throw new WebApplicationException(e.getMessage(), 409);
        }
    }
}
