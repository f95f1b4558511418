package dev.prepdeck.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/**
 * Unannotated test-only endpoints under paths that other features will fill (mentor, admin,
 * demos), so the security matrix proves what the path permissions alone enforce, and
 * two annotated endpoints outside those paths, proving annotations alone answer the same way.
 */
@Path("/")
public class SecurityProbes {

    static final String SUFFIX = "security-probe";

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Path("mentor/" + SUFFIX)
    public String mentor() {
        return "<p>mentor</p>";
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Path("admin/" + SUFFIX)
    public String admin() {
        return "<p>admin</p>";
    }


    @GET
    @Produces(MediaType.TEXT_HTML)
    @Path("demos/" + SUFFIX)
    public String demos() {
        return "<p>demos</p>";
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("api/mentor/" + SUFFIX)
    public String apiMentor() {
        return "{}";
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("api/admin/" + SUFFIX)
    public String apiAdmin() {
        return "{}";
    }



    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("api/demos/" + SUFFIX)
    public String apiDemos() {
        return "{}";
    }

    // Endpoints outside every configured path, protected only by annotations: the answers must match.

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Path("annotated-" + SUFFIX + "/mentor")
    @RolesAllowed({ Role.MENTOR, Role.ADMIN })
    public String annotatedMentorPage() {
        return "<p>mentor</p>";
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("api/annotated-" + SUFFIX + "/me")
    @Authenticated
    public String annotatedLoggedInApi() {
        return "{}";
    }
}
