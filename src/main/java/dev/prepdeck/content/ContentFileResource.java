package dev.prepdeck.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

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
        Path root = importer.folder();
        Path file = root.resolve(path).normalize();
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!file.startsWith(root) || !TYPES.containsKey(ext) || !Files.isRegularFile(file)) {
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
