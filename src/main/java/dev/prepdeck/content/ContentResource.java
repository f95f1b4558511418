package dev.prepdeck.content;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Content health: the problems found at the last import. */
@Path("/api/content/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@Blocking
public class ContentResource {

    @Inject
    ContentImportService importer;

    @GET
    @Operation(summary = "Problems found in the content folder at the last import (file, line, message)")
    public List<TopicDtos.ProblemDto> problems() {
        return importer.problems().stream().map(p -> new TopicDtos.ProblemDto(p.file, p.line, p.message)).toList();
    }
}
