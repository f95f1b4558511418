package dev.prepdeck.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The mentors' in-browser checker: paste or write a topic file and see its problems and cards as candidates will. */
@Path("/mentor/preview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ "mentor", "admin" })
public class ContentPreviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview();
    }

    @GET
    public TemplateInstance preview() {
        return Templates.preview();
    }
}
