package dev.prepdeck.demo.timewait;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The TIME_WAIT demo on a page of its own (the same widget the topic page embeds). */
@Path("/demos/time-wait")
@Produces(MediaType.TEXT_HTML)
public class TimeWaitPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page();
    }

    @GET
    public TemplateInstance page() {
        return Templates.page();
    }
}
