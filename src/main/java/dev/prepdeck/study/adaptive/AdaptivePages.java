package dev.prepdeck.study.adaptive;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/** The settings page's Optimize button: fits the learner's FSRS weights now and shows the result. */
@Path("/settings/optimize")
@Authenticated
public class AdaptivePages {

    @Inject
    CurrentUser user;

    @Inject
    OptimizerService optimizer;

    /** This feature's strings in the language the request asks for. */
    public static AdaptiveMessages messages(HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        return UiLanguage.DEFAULT.equals(lang) ? MessageBundles.get(AdaptiveMessages.class)
                : MessageBundles.get(AdaptiveMessages.class, Localized.Literal.of(lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response optimize() {
        OptimizerService.Outcome outcome = optimizer.optimizeLearner(user.id());
        String notice = outcome.busy() ? "busy" : outcome.result().improved() ? "accepted" : "kept";
        return Response.seeOther(URI.create("/settings?adaptive=" + notice + "#optimizer")).build();
    }
}
