package org.certpath.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.certpath.api.Problems;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The first visit of an integrator, in a real browser: Swagger UI loads the contract, "Try it out"
 * answers data, and after Authorize a write from the page reaches the API (it comes from the same
 * origin, so CORS lets it through) and its refusal comes back as a problem document.
 */
@QuarkusTest
class SwaggerUiTest {

    /** Debian's Chromium (.ci/run installs it): Playwright never downloads a browser of its own. */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    private Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeChromium() {
        playwright.close();
    }

    @BeforeEach
    void openSwaggerUi() {
        page = browser.newPage();
        page.navigate(swaggerUi.toString());
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void shouldListTheProgramsOfAStateWithTryItOut() throws Exception {
        Locator operation = tryItOut("listPrograms");
        onlyParameter(operation, "state", "NJ");
        operation.locator("button.execute").click();

        assertThat(operation.locator(".request-url pre")).hasText(swaggerUi.toURI().resolve("/v1/programs?state=NJ")
                .toString());
        assertThat(serverResponse(operation).locator(".response-col_status")).hasText("200");
        JsonNode items = responseBody(operation).path("items");
        assertFalse(items.isEmpty(), "Try it out with state=NJ lists programs");
        items.forEach(item -> assertEquals("NJ", item.path("state").asText()));
    }

    @Test
    void shouldShowAProblemForAnInvalidWriteAfterAuthorize() throws Exception {
        authorize(Editors.newKey("editor"));
        Locator operation = tryItOut("createProgram");
        operation.locator("textarea.body-param__text").fill("{\"name\": \"\"}");
        operation.locator("button.execute").click();

        assertThat(serverResponse(operation).locator(".response-col_status")).hasText("400");
        JsonNode problem = responseBody(operation);
        assertEquals(Problems.type("invalid-body").toString(), problem.path("type").asText());
        assertFalse(problem.path("invalidParams").isEmpty());
    }

    /**
     * Opens an operation (Swagger UI's element id is "operations-" + tag + "-" + operationId). It opens
     * in "Try it out" mode already: the application sets {@code quarkus.swagger-ui.try-it-out-enabled}.
     */
    private Locator tryItOut(String operationId) {
        Locator operation = page.locator("[id^=operations-][id$=-" + operationId + "]");
        operation.locator(".opblock-summary").click();
        assertThat(operation.locator("button.execute")).isVisible();
        return operation;
    }

    /**
     * Empties every parameter Swagger UI filled in from the contract's examples and defaults, then
     * gives one array parameter a single value: the request is the one a visitor means to send.
     */
    private static void onlyParameter(Locator operation, String name, String value) {
        for (Locator row : operation.locator("tr[data-param-name]").all()) {
            Locator removeItem = row.locator("button.json-schema-form-item-remove");
            while (removeItem.count() > 0) {
                removeItem.first().click();
            }
            for (Locator input : row.locator("input[type=text]").all()) {
                input.fill("");
            }
            for (Locator select : row.locator("select").all()) {
                if (select.getAttribute("multiple") != null) {
                    select.selectOption(new String[0]);
                } else if (select.locator("option[value='']").count() > 0) {
                    select.selectOption("");
                }
            }
        }
        Locator row = operation.locator("tr[data-param-name='" + name + "']");
        row.locator("button.json-schema-form-item-add").click();
        row.locator("input[type=text]").fill(value);
    }

    private void authorize(String key) {
        page.locator(".auth-wrapper button.authorize").click();
        Locator dialog = page.locator(".modal-ux");
        dialog.locator("input").fill(key);
        dialog.locator("button.authorize").click();
        dialog.locator("button.btn-done").click();
    }

    /** The row of "Server response" that Execute fills in. */
    private static Locator serverResponse(Locator operation) {
        return operation.locator(".live-responses-table tr.response");
    }

    /** The response body as Swagger UI shows it (before the response headers, which are a block of their own). */
    private static JsonNode responseBody(Locator operation) throws Exception {
        return JSON.readTree(serverResponse(operation).locator(".response-col_description pre.microlight")
                .first().innerText());
    }
}
