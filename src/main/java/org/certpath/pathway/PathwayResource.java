package org.certpath.pathway;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListResponses;
import org.certpath.api.Problems;
import org.certpath.api.VersionedCache;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Path("/v1/pathways")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

    private final CertificationRepository certifications;
    private final RegionRepository regions;
    private final OccupationRepository occupations;
    private final PathwayService pathways;
    private final ListResponses responses;
    private final VersionedCache computed;

    public PathwayResource(CertificationRepository certifications, RegionRepository regions,
                           OccupationRepository occupations, PathwayService pathways, ListResponses responses,
                           VersionedCache computed) {
        this.certifications = certifications;
        this.regions = regions;
        this.occupations = occupations;
        this.pathways = pathways;
        this.computed = computed;
        this.responses = responses;
    }

    @GET
    public Response list(@Valid @BeanParam PathwayParameters parameters, @Context UriInfo uri) {
        Optional<Certification> certification = certifications.findByCode(parameters.certificationCode());
        String regionCode = parameters.regionCode().orElse(Region.NATION_CODE);
        Optional<Region> region = regions.findByCode(regionCode);
        List<Problems.InvalidParam> unknown = new ArrayList<>();
        if (certification.isEmpty()) {
            unknown.add(new Problems.InvalidParam("certification", unknownCertification(parameters.certificationCode())));
        }
        if (region.isEmpty()) {
            unknown.add(new Problems.InvalidParam("region", unknownRegion(regionCode)));
        }
        Optional<String> soc = parameters.currentOccupation();
        Optional<Occupation> currentOccupation = soc.flatMap(occupations::findBySoc);
        if (soc.isPresent() && currentOccupation.isEmpty()) {
            unknown.add(new Problems.InvalidParam("currentOccupation", "'" + soc.get()
                    + "' is not an occupation of this API. List /v1/occupations to see the SOC codes."));
        }
        if (!unknown.isEmpty()) {
            throw Problems.invalidParameters(unknown);
        }
        // Computed once per query and data version: concurrent misses of one query wait for the first instead of
        // each simulating every route, which took every pooled connection (the response cache keeps only what is
        // asked twice, and keeps it only once it is written).
        PathwayList page = computed.get("pathways " + uri.getRequestUri().getRawQuery(), () -> pathways.pathways(
                new PathwayService.Request(certification.get(), region.get(), currentOccupation,
                        parameters.currentSalary(), parameters.modes(), parameters.maxCost(), parameters.maxMonths(),
                        parameters.settings(), parameters.page())));
        return responses.withLinks(Response.ok(page), uri, page.page().nextCursor()).build();
    }

    static String unknownRegion(String code) {
        return "'" + code + "' is not a region of this API: give US, a USPS code such as NJ or a metro area's CBSA code "
                + "such as 10900.";
    }

    static String unknownCertification(String code) {
        return "'" + code + "' is not a certification of this API. List /v1/certifications to see the codes.";
    }
}
