package org.certpath.imports;

import io.restassured.response.ValidatableResponse;
import org.certpath.curation.Editors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** The sample files of src/test/resources/imports, as their publishers' layouts write them, and how they are sent. */
final class ImportSamples {

    private ImportSamples() {
    }

    static String read(String name) {
        try (InputStream in = ImportSamples.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a file as bytes: REST Assured would encode a text body as ISO-8859-1 and lose a byte order mark. */
    static ValidatableResponse post(String editor, String mediaType, String path, String file) {
        return Editors.as(editor).contentType(mediaType).body(file.getBytes(StandardCharsets.UTF_8)).when().post(path)
                .then();
    }

    /** How many items a list holds. */
    static int total(String path) {
        return given().queryParam("limit", 1).when().get(path).then().statusCode(200).extract().path("page.total");
    }
}
