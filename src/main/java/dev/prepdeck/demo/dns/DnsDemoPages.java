package dev.prepdeck.demo.dns;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The standalone page of the DNS trace demo; topic pages embed the same widget. */
@Path("/demos/dns")
@Produces(MediaType.TEXT_HTML)
public class DnsDemoPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page();
    }

    @GET
    public TemplateInstance page() {
        return Templates.page();
    }
}
