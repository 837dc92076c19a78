package org.certpath.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.certpath.outlook.OutlookRepository;
import org.certpath.salary.SalaryRepository;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    private static final Map<String, String> COLLECTIONS = collections();

    private final SalaryRepository salaries;
    private final OutlookRepository outlooks;
    public IndexResource(SalaryRepository salaries, OutlookRepository outlooks) {
        this.salaries = salaries;
        this.outlooks = outlooks;
    }

    @GET
    public IndexView index() {
        return new IndexView("CertPath API", "1", "/q/swagger-ui/", "/q/openapi", COLLECTIONS,
                new IndexView.Editions(salaries.editions(), outlooks.periods()));
    }

    private static Map<String, String> collections() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String collection : new String[] {"organizations", "certifications", "programs", "occupations",
                "regions", "salaries", "outlooks", "pathways", "compare"}) {
            links.put(collection, "/v1/" + collection);
        }
        return Collections.unmodifiableMap(links);
    }
}
