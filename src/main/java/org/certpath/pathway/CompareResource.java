package org.certpath.pathway;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.certpath.api.Problems;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {

    private final CertificationRepository certifications;
    private final RegionRepository regions;
    private final ComparisonService comparisons;

    public CompareResource(CertificationRepository certifications, RegionRepository regions,
                           ComparisonService comparisons) {
        this.certifications = certifications;
        this.regions = regions;
        this.comparisons = comparisons;
    }

    @GET
    public Comparison compare(@Valid @BeanParam CompareParameters parameters) {
        List<String> codes = parameters.codes();
        Map<String, Certification> found = certifications.findByCodes(codes).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<Problems.InvalidParam> unknown = new ArrayList<>(codes.stream().filter(code -> !found.containsKey(code))
                .map(code -> new Problems.InvalidParam("certification", PathwayResource.unknownCertification(code)))
                .toList());
        String regionCode = parameters.regionCode().orElse(Region.NATION_CODE);
        Optional<Region> region = regions.findByCode(regionCode);
        if (region.isEmpty()) {
            unknown.add(new Problems.InvalidParam("region", PathwayResource.unknownRegion(regionCode)));
        }
        if (!unknown.isEmpty()) {
            throw Problems.invalidParameters(unknown);
        }
        return comparisons.compare(codes.stream().map(found::get).toList(), region.get());
    }
}
