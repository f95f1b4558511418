package dev.prepdeck.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.account.Role;
import io.smallrye.common.annotation.Blocking;

/**
 * Admins move or restore an instance: export every user's account and progress as one JSON file, and import such
 * a file into another instance. gzip on request both ways ({@code Accept-Encoding} / {@code Content-Encoding}).
 */
@Path("/api/admin/progress")
@Tag(name = "Operations")
@Blocking
@RolesAllowed(Role.ADMIN)
public class ProgressResource {

    @Inject
    ProgressExporter exporter;

    @Inject
    ProgressImporter importer;

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download every user's account, settings, card states and review log as JSON")
    public Response export(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        StreamingOutput body = out -> {
            if (gzip) {
                GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16);
                exporter.write(zipped);
                zipped.finish();
            } else {
                exporter.write(out);
            }
        };
        String file = "prepdeck-progress-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        Response.ResponseBuilder response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file from the export: all or nothing, and importing it twice changes nothing")
    public ProgressImporter.Report importProgress(InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_ENCODING) String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank() || contentEncoding.equalsIgnoreCase("identity")) {
            return importer.read(body);
        }
        if (!contentEncoding.equalsIgnoreCase("gzip")) {
            throw new IllegalArgumentException("Content-Encoding '" + contentEncoding + "' is not supported; send "
                    + "the file as it is or gzip-compressed.");
        }
        try {
            return importer.read(new GZIPInputStream(body, 1 << 16));
        } catch (IOException e) {
            throw new ProgressFileException("The body is not valid gzip: " + e.getMessage());
        }
    }
}
