package org.certpath.pathway;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.QueryParameters;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.program.ProgramQueries;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {

    private static final int FEWEST = 2;
    private static final int MOST = 6;

    private final CertificationRepository certifications;
    private final ComparisonService comparisons;

    public CompareResource(CertificationRepository certifications, ComparisonService comparisons) {
        this.certifications = certifications;
        this.comparisons = comparisons;
    }

    @GET
    public Comparison compare(@Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), List.of("certifications"));
        List<String> codes = query.list("certifications", ProgramQueries.CODE, "a certification code such as rhit")
                .stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
        if (codes.size() < FEWEST || codes.size() > MOST) {
            query.invalid("certifications", "Give " + FEWEST + " to " + MOST + " different certification codes, "
                    + "comma-separated, such as rhit,cca,cpc; " + codes.size() + " given.");
        }
        List<String> wellFormed = codes.stream().filter(code -> ProgramQueries.CODE.matcher(code).matches()).toList();
        Map<String, Certification> found = wellFormed.isEmpty() ? Map.of() : certifications.findByCodes(wellFormed)
                .stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        wellFormed.stream().filter(code -> !found.containsKey(code))
                .forEach(code -> query.invalid("certifications", PathwayResource.unknownCertification(code)));
        query.validate();
        return comparisons.compare(codes.stream().map(found::get).toList());
    }
}
