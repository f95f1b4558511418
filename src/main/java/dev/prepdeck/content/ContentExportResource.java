package dev.prepdeck.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Downloads the Markdown that is live on the site, one topic's file or every file as a zip in the folder's own
 * layout. The files are the texts the import took, so importing the download again gives the same cards and ids.
 */
@Path("/api/content/export")
@Tag(name = "Content")
@Blocking
@RolesAllowed({"mentor", "admin"})
public class ContentExportResource {

    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    @GET
    @Produces("application/zip")
    @Operation(summary = "Every live content file as Markdown in a zip, laid out as in the content folder")
    public Response all() {
        List<ContentSource> sources = QuarkusTransaction.requiringNew().call(ContentSource::listInOrder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ContentSource source : sources) {
                ZipEntry entry = new ZipEntry(source.file);
                entry.setTime(source.importedAt.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(source.text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"prepdeck-content.zip\"").build();
    }

    @GET
    @Path("/{topicId}")
    @Produces(MARKDOWN)
    @Operation(summary = "One topic's live Markdown file")
    public Response topic(@PathParam("topicId") String topicId) {
        ContentSource source = QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = Topic.findById(topicId);
            return topic == null || topic.retired ? null : ContentSource.<ContentSource>findById(topic.sourceFile);
        });
        if (source == null) {
            throw new NotFoundException("No topic has the id '" + topicId + "'.");
        }
        String name = source.file.substring(source.file.lastIndexOf('/') + 1);
        return Response.ok(source.text.getBytes(StandardCharsets.UTF_8), MARKDOWN)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
