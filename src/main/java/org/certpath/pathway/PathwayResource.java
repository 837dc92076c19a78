package org.certpath.pathway;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.QueryParameters;
import org.certpath.api.VersionedCache;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.pathway.PathwayList.Pathway;
import org.certpath.program.ProgramQueries;
import org.certpath.program.ProgramRepository;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/v1/pathways")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

    private static final List<String> PARAMETERS = Stream.concat(ListParams.PAGING_NAMES.stream(),
            Stream.of("certification", "region", "mode", "maxCost", "maxMonths", "member", "currentSalary")).toList();
    /** Far above any cost or wage in the data; bounds the arithmetic on what a client sends. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    private final CertificationRepository certifications;
    private final RegionRepository regions;
    private final PathwayService pathways;
    private final VersionedCache cache;
    private final ListResponses responses;

    public PathwayResource(CertificationRepository certifications, RegionRepository regions, PathwayService pathways,
                           VersionedCache cache, ListResponses responses) {
        this.certifications = certifications;
        this.regions = regions;
        this.pathways = pathways;
        this.cache = cache;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        Optional<Certification> certification = certification(query);
        Optional<Region> region = region(query);
        List<String> modes = query.enumList("mode", new HashSet<>(ProgramRepository.MODES));
        Optional<BigDecimal> maxCost = query.amount("maxCost", MAX_AMOUNT);
        Optional<Integer> maxMonths = query.integer("maxMonths", 0, 240);
        boolean member = query.bool("member").orElse(false);
        Optional<BigDecimal> currentSalary = query.amount("currentSalary", MAX_AMOUNT);
        ListParams<Pathway> paging = ListParams.readPaging(query, PathwayService.SORTING);
        query.validate();
        // Once per data version and query: concurrent misses wait for one computation, not run their own.
        PathwayList page = cache.get("pathways " + uri.getRequestUri().getRawQuery(), () -> pathways.pathways(
                new PathwayService.Request(certification.orElseThrow(), region.orElseThrow(), modes, maxCost, maxMonths,
                        member, currentSalary, paging)));
        return responses.withLinks(Response.ok(page), uri, page.page().nextCursor()).build();
    }

    private Optional<Certification> certification(QueryParameters query) {
        Optional<String> code = query.string("certification");
        if (code.isEmpty()) {
            query.invalid("certification", "Required: the code of one certification, such as rhit.");
            return Optional.empty();
        }
        if (!ProgramQueries.CODE.matcher(code.get()).matches()) {
            query.invalid("certification", "'" + code.get() + "' is not a certification code such as rhit.");
            return Optional.empty();
        }
        Optional<Certification> found = certifications.findByCode(code.get());
        if (found.isEmpty()) {
            query.invalid("certification", unknownCertification(code.get()));
        }
        return found;
    }

    static String unknownCertification(String code) {
        return "'" + code + "' is not a certification of this API. List /v1/certifications to see the codes.";
    }

    private Optional<Region> region(QueryParameters query) {
        String code = query.string("region").orElse(Region.NATION_CODE);
        Optional<Region> found = ProgramQueries.STATE.matcher(code).matches() ? regions.findByCode(code) : Optional.empty();
        if (found.isEmpty()) {
            query.invalid("region", "'" + code + "' is not a region of this API: give US or a USPS code such as NJ.");
        }
        return found;
    }
}
