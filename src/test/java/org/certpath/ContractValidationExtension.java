package org.certpath;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.restassured.RestAssured;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

import java.nio.file.Path;
import java.util.Set;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;

/**
 * Validates every REST Assured response of the suite against the published contract, so that an
 * undocumented field, status or header fails the build. Requests are not checked: many tests send
 * bad requests on purpose. Quarkus runs this callback in the class loader of the tests, so the
 * filter lands on the REST Assured they use.
 */
public class ContractValidationExtension implements QuarkusTestBeforeClassCallback {

    public static final Path CONTRACT = Path.of("openapi.yaml");

    private static boolean installed;

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    private static final Set<Integer> DOCUMENTED_ONCE = Set.of(304, 414, 431);

    private static synchronized void install() {
        if (installed) {
            return;
        }
        RestAssured.filters(filter());
        installed = true;
    }

    /** The validating filter alone, for tests that run the packaged application rather than a {@code @QuarkusTest}. */
    public static OpenApiValidationFilter filter() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(CONTRACT.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                        "Framework pages that are not part of the data API",
                        anyOf(pathContainsSubstring("/q/swagger-ui"), pathContainsSubstring("/q/openapi"),
                                pathContainsSubstring("/q/metrics")))
                        .withRule("A sparse fieldset is partial, as the fields parameter documents: only the fields "
                                + "named are present, so the item schema's required list does not apply",
                                (message, operation, request, response) -> request != null
                                        && !request.getQueryParameterValues("fields").isEmpty()
                                        && message.getKey().equals("validation.response.body.schema.required"))
                        .withRule("Answers the contract documents once, in info, rather than on every operation: 304 to "
                                + "a conditional request, 414 and 431 from the HTTP decoder",
                                (message, operation, request, response) -> response != null
                                        && DOCUMENTED_ONCE.contains(response.getStatus())
                                        && message.getKey().equals("validation.response.status.unknown")))
                .build();
        return new OpenApiValidationFilter(validator);
    }
}
