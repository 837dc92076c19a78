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

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {


    private final CertificationRepository certifications;
    private final ComparisonService comparisons;

    public CompareResource(CertificationRepository certifications, ComparisonService comparisons) {
        this.certifications = certifications;
        this.comparisons = comparisons;
    }

    @GET
    public Comparison compare(@Valid @BeanParam CompareParameters parameters) {
        List<String> codes = parameters.codes();
        Map<String, Certification> found = certifications.findByCodes(codes).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<Problems.InvalidParam> unknown = codes.stream().filter(code -> !found.containsKey(code))
                .map(code -> new Problems.InvalidParam("certification", PathwayResource.unknownCertification(code)))
                .toList();
        if (!unknown.isEmpty()) {
            throw Problems.invalidParameters(unknown);
        }
        return comparisons.compare(codes.stream().map(found::get).toList());
    }
}
