package dev.prepdeck.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Re-imports the content folder on demand, for admins who changed the Markdown on disk. */
@Path("/api/admin/content")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@Blocking
@RolesAllowed("admin")
public class ContentAdminResource {

    @Inject
    ContentImportService importer;

    @POST
    @Path("/import")
    @Operation(summary = "Re-import the content folder now")
    public ImportReport reimport() {
        return importer.importFolder();
    }
}
