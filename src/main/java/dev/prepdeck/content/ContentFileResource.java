package dev.prepdeck.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.prepdeck.content.parse.ContentFolder;

/** Serves images that topic files reference beside themselves; nothing else in the content folder is exposed. */
@jakarta.ws.rs.Path("/content-files")
public class ContentFileResource {

    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml");

    @Inject
    ContentImportService importer;

    @GET
    @jakarta.ws.rs.Path("/{path: .+}")
    public Response file(@PathParam("path") String path) {
        // the type comes from the name asked for, the bytes from the real file, which must lie in the real folder
        String name = path.substring(path.lastIndexOf('/') + 1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Path file = TYPES.containsKey(ext) ? ContentFolder.resolveInside(importer.folder(), path).orElse(null) : null;
        if (file == null) {
            throw new NotFoundException("No such content file.");
        }
        // SVG can carry script; a sandboxing CSP keeps it inert when opened directly.
        return Response.ok(file.toFile(), TYPES.get(ext))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=3600")
                .build();
    }
}
