package dev.prepdeck.system;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a body to error responses that filters answer without one, above all the bare 400 of the CSRF
 * filter: problem JSON under /api, the error page for people.
 */
public class ErrorBodyFilter {

    @ServerResponseFilter
    public void fillEmptyError(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || "HEAD".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String lang = UiLanguage.pick(request.getAcceptableLanguages());
        ErrorMessages text = ErrorText.in(lang);
        String title = ErrorText.title(text, status);
        // The CSRF filter answers a bare 400 to forms only; any other bare error gets what its status means.
        MediaType sent = request.getMediaType();
        boolean form = sent != null && (sent.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sent.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        String detail = status == 400 && form ? text.detail_csrf() : ErrorText.plain(text, status);
        if (ErrorMappers.wantsProblemJson(path, request.getAcceptableMediaTypes())) {
            response.setEntity(Problem.of(status, title, detail, path), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            return;
        }
        String html = ErrorMappers.Templates.error(status, title, detail != null ? detail : "")
                .setLocale(Locale.forLanguageTag(lang)).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
