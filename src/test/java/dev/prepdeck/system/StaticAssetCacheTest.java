package dev.prepdeck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Scripts and styles keep their URLs across upgrades, so browsers must not hold them as immutable: they revalidate,
 * get a 304 while the file is unchanged, and the new file right after an upgrade.
 */
@QuarkusTest
class StaticAssetCacheTest {

    @Test
    void shouldLetBrowsersRevalidateScriptsInsteadOfKeepingThemAsImmutable() {
        String lastModified = given().get("/js/review.js").then().statusCode(200)
                .header("Cache-Control", not(containsString("immutable")))
                .header("Cache-Control", containsString("no-cache"))
                .header("Last-Modified", notNullValue())
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/js/review.js").then().statusCode(304);
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }
}
