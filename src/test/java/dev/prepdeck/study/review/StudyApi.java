package dev.prepdeck.study.review;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Study API calls that must succeed, for tests whose subject is what the answers say. */
final class StudyApi {

    private StudyApi() {
    }

    /** POSTs {@code body} as JSON to {@code path} of the test's endpoint, in English, expecting 200. */
    static JsonPath post(String path, Object body) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post(path).then().statusCode(200).extract().jsonPath();
    }
}
