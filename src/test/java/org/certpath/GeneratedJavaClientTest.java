package org.certpath;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.certpath.client.ApiClient;
import org.certpath.client.ApiException;
import org.certpath.client.api.AccessApi;
import org.certpath.client.api.AuditApi;
import org.certpath.client.api.CertificationsApi;
import org.certpath.client.api.CompareApi;
import org.certpath.client.api.IndexApi;
import org.certpath.client.api.OccupationsApi;
import org.certpath.client.api.OrganizationsApi;
import org.certpath.client.api.OutlooksApi;
import org.certpath.client.api.PathwaysApi;
import org.certpath.client.api.ProgramsApi;
import org.certpath.client.api.RegionsApi;
import org.certpath.client.api.SalariesApi;
import org.certpath.client.model.ApiKey;
import org.certpath.client.model.AuditEvent;
import org.certpath.client.model.Certification;
import org.certpath.client.model.Comparison;
import org.certpath.client.model.Index;
import org.certpath.client.model.Occupation;
import org.certpath.client.model.Organization;
import org.certpath.client.model.Outlook;
import org.certpath.client.model.PageInfo;
import org.certpath.client.model.Pathway;
import org.certpath.client.model.Program;
import org.certpath.client.model.Region;
import org.certpath.client.model.Salary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client an integrator generates from openapi.yaml (openapi-generator, generator {@code java}, library
 * {@code native}; see the pom) reads every list, page by page through {@code nextCursor}, and every item of the
 * seed by the key its list gave, against the running server. Any field, enum value or type the contract does
 * not declare fails as a deserialization error, and an item must equal its entry in the list.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    /** Small enough that every collection of the seed with more than one page is read over several. */
    private static final int PAGE_SIZE = 50;
    private static final String ADMIN_KEY = "test-bootstrap-admin-key-not-a-real-secret";
    private static final int MOST_COMPARED = 6;

    @TestHTTPResource("/")
    URI server;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        // The generated default ignores unknown properties; an integrator pinned to this contract must not meet any.
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Test
    void shouldReadTheIndex() throws ApiException {
        Index index = new IndexApi(client).index();

        assertNotNull(index.getEditions());
    }

    @Test
    void shouldReadEveryOrganization() throws ApiException {
        OrganizationsApi api = new OrganizationsApi(client);
        List<Organization> organizations = readAll(cursor -> {
            var page = api.listOrganizations(OrganizationsApi.APIListOrganizationsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Organization::getSlug);

        for (Organization listed : organizations) {
            assertEquals(listed, api.getOrganization(OrganizationsApi.APIGetOrganizationRequest.newBuilder()
                    .slug(listed.getSlug()).build()));
        }
    }

    @Test
    void shouldReadEveryCertificationWithItsProgramsAndPathways() throws ApiException {
        CertificationsApi certifications = new CertificationsApi(client);
        ProgramsApi programs = new ProgramsApi(client);
        PathwaysApi pathways = new PathwaysApi(client);
        List<Certification> all = readAll(cursor -> {
            var page = certifications.listCertifications(CertificationsApi.APIListCertificationsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Certification::getCode);

        for (Certification listed : all) {
            String code = listed.getCode();
            assertEquals(listed, certifications.getCertification(
                    CertificationsApi.APIGetCertificationRequest.newBuilder().code(code).build()));
            List<Program> itsPrograms = readAll(cursor -> {
                var page = programs.listCertificationPrograms(
                        ProgramsApi.APIListCertificationProgramsRequest.newBuilder()
                                .code(code).limit(PAGE_SIZE).cursor(cursor).build());
                return new Page<>(page.getItems(), page.getPage());
            }, Program::getId);
            itsPrograms.forEach(program -> assertTrue(program.getCertifications().contains(code), code));
            readAll(cursor -> {
                var page = pathways.listPathways(PathwaysApi.APIListPathwaysRequest.newBuilder()
                        .certification(code).limit(PAGE_SIZE).cursor(cursor).build());
                return new Page<>(page.getItems(), page.getPage());
            }, GeneratedJavaClientTest::route);
        }
    }

    @Test
    void shouldCompareEveryCertification() throws ApiException {
        CertificationsApi certifications = new CertificationsApi(client);
        PathwaysApi pathways = new PathwaysApi(client);
        List<String> codes = readAll(cursor -> {
            var page = certifications.listCertifications(CertificationsApi.APIListCertificationsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Certification::getCode).stream().map(Certification::getCode).toList();

        // Groups of up to six, the last one taking a neighbour when it would hold a single code.
        for (int from = 0; from < codes.size(); from += MOST_COMPARED) {
            int start = Math.min(from, codes.size() - 2);
            List<String> group = codes.subList(start, Math.min(from + MOST_COMPARED, codes.size()));
            Comparison comparison = new CompareApi(client).compareCertifications(
                    CompareApi.APICompareCertificationsRequest.newBuilder().certification(group).build());
            assertEquals(group.size(), comparison.getColumns().size());
        }
    }

    @Test
    void shouldReadEveryProgram() throws ApiException {
        ProgramsApi api = new ProgramsApi(client);
        List<Program> programs = readAll(cursor -> {
            var page = api.listPrograms(ProgramsApi.APIListProgramsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Program::getId);

        for (Program listed : programs) {
            assertEquals(listed, api.getProgram(ProgramsApi.APIGetProgramRequest.newBuilder()
                    .id(listed.getId()).build()));
        }
    }

    @Test
    void shouldReadEveryOccupationWithItsSalariesAndOutlooks() throws ApiException {
        OccupationsApi occupations = new OccupationsApi(client);
        SalariesApi salaries = new SalariesApi(client);
        OutlooksApi outlooks = new OutlooksApi(client);
        List<Occupation> all = readAll(cursor -> {
            var page = occupations.listOccupations(OccupationsApi.APIListOccupationsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Occupation::getSoc);

        for (Occupation listed : all) {
            String soc = listed.getSoc();
            assertEquals(listed, occupations.getOccupation(
                    OccupationsApi.APIGetOccupationRequest.newBuilder().soc(soc).build()));
            readAll(cursor -> {
                var page = salaries.listOccupationSalaries(SalariesApi.APIListOccupationSalariesRequest.newBuilder()
                        .soc(soc).limit(PAGE_SIZE).cursor(cursor).build());
                return new Page<>(page.getItems(), page.getPage());
            }, Salary::getId).forEach(salary -> assertEquals(soc, salary.getSoc()));
            readAll(cursor -> {
                var page = outlooks.listOccupationOutlooks(OutlooksApi.APIListOccupationOutlooksRequest.newBuilder()
                        .soc(soc).limit(PAGE_SIZE).cursor(cursor).build());
                return new Page<>(page.getItems(), page.getPage());
            }, Outlook::getId).forEach(outlook -> assertEquals(soc, outlook.getSoc()));
        }
    }

    @Test
    void shouldReadEveryRegion() throws ApiException {
        RegionsApi api = new RegionsApi(client);
        List<Region> regions = readAll(cursor -> {
            var page = api.listRegions(RegionsApi.APIListRegionsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Region::getCode);

        for (Region listed : regions) {
            assertEquals(listed, api.getRegion(RegionsApi.APIGetRegionRequest.newBuilder()
                    .code(listed.getCode()).build()));
        }
    }

    @Test
    void shouldReadEverySalary() throws ApiException {
        SalariesApi api = new SalariesApi(client);
        List<Salary> salaries = readAll(cursor -> {
            var page = api.listSalaries(SalariesApi.APIListSalariesRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Salary::getId);

        for (Salary listed : salaries) {
            assertEquals(listed, api.getSalary(SalariesApi.APIGetSalaryRequest.newBuilder()
                    .id(listed.getId()).build()));
        }
    }

    @Test
    void shouldReadEveryOutlook() throws ApiException {
        OutlooksApi api = new OutlooksApi(client);
        List<Outlook> outlooks = readAll(cursor -> {
            var page = api.listOutlooks(OutlooksApi.APIListOutlooksRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, Outlook::getId);

        for (Outlook listed : outlooks) {
            assertEquals(listed, api.getOutlook(OutlooksApi.APIGetOutlookRequest.newBuilder()
                    .id(listed.getId()).build()));
        }
    }

    @Test
    void shouldReadEveryApiKeyAndAuditEventWithAnAdminKey() throws ApiException {
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ADMIN_KEY));
        AccessApi access = new AccessApi(client);
        List<ApiKey> keys = readAll(cursor -> {
            var page = access.listApiKeys(AccessApi.APIListApiKeysRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, ApiKey::getId);
        for (ApiKey listed : keys) {
            ApiKey item = access.getApiKey(AccessApi.APIGetApiKeyRequest.newBuilder()
                    .id(listed.getId()).build());
            // Reading with a key uses it: only its last use may have moved since the list.
            assertEquals(listed.lastUsedAt(item.getLastUsedAt()), item);
        }

        AuditApi audit = new AuditApi(client);
        readAll(cursor -> {
            var page = audit.listAuditEvents(AuditApi.APIListAuditEventsRequest.newBuilder()
                    .limit(PAGE_SIZE).cursor(cursor).build());
            return new Page<>(page.getItems(), page.getPage());
        }, AuditEvent::getId);
    }

    /** The exam-only route has no program; every other route is one program. */
    private static String route(Pathway pathway) {
        return pathway.getProgram() == null ? pathway.getRoute().getValue()
                : pathway.getRoute().getValue() + " " + pathway.getProgram().getId();
    }

    private record Page<T>(List<T> items, PageInfo info) {
    }

    @FunctionalInterface
    private interface PageReader<T> {
        Page<T> read(String cursor) throws ApiException;
    }

    /**
     * Every page from the first to the one whose {@code nextCursor} is null: as many items as the first page's
     * {@code total}, none twice.
     */
    private static <T> List<T> readAll(PageReader<T> reader, Function<T, Object> key) throws ApiException {
        List<T> items = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        Page<T> page = reader.read(null);
        int total = page.info().getTotal();
        while (true) {
            for (T item : page.items()) {
                Object itemKey = key.apply(item);
                assertNotNull(itemKey);
                assertTrue(keys.add(itemKey), () -> "listed twice: " + itemKey);
                items.add(item);
            }
            String next = page.info().getNextCursor();
            if (next == null) {
                break;
            }
            assertFalse(page.items().isEmpty(), "a page with a next cursor has items");
            page = reader.read(next);
        }
        assertEquals(total, items.size(), "items over all pages against the first page's total");
        return items;
    }
}
