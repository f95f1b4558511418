package dev.prepdeck.content.authoring;

import java.util.HashMap;
import java.util.Map;

import dev.prepdeck.support.PostgresProfile;

/** The PostgreSQL server with a copy of the content folder that the editor's tests may change. */
public class AuthoringPostgresProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("prepdeck.content.path", AuthoringProfile.CONTENT.toString());
        return overrides;
    }
}
