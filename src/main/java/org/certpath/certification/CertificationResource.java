package org.certpath.certification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.Problems;
import org.certpath.api.QueryParameters;
import org.certpath.api.Representation;
import org.certpath.api.Versioned;
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.program.ProgramQueries;
import org.certpath.program.ProgramResource;
import org.certpath.provenance.RecordSourceRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.math.BigDecimal.ZERO;

@Path("/v1/certifications")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class CertificationResource extends CuratedResource<Certification, CertificationInput> {

    public static final String RECORD_TYPE = "certification";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(),
            Stream.of("issuer", "focus", "education", "maxExamFee", "q")).toList();
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private final CertificationRepository certifications;
    private final RecordSourceRepository sources;
    private final ListResponses responses;
    private final ProgramResource programs;

    public CertificationResource(CertificationRepository certifications, RecordSourceRepository sources,
                                 ListResponses responses, ProgramResource programs, Curator curator,
                                 CertificationCuration curation) {
        super(curator, curation);
        this.certifications = certifications;
        this.sources = sources;
        this.responses = responses;
        this.programs = programs;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        List<String> issuers = query.list("issuer", SLUG, "an issuer slug such as ahima").stream()
                .map(slug -> slug.toLowerCase(Locale.ROOT)).toList();
        List<String> focus = query.enumList("focus", new HashSet<>(CertificationRepository.FOCUS_AREAS));
        Optional<EducationLevel> education = query.enumValue("education", new HashSet<>(EducationLevel.codes()))
                .flatMap(EducationLevel::fromCode);
        CertificationRepository.Query filters = new CertificationRepository.Query(issuers, focus, education,
                query.decimal("maxExamFee", ZERO), query.string("q"));
        ListParams<Certification> params = ListParams.read(query, CertificationRepository.SORTING,
                Representation.fieldNames(CertificationView.class));
        query.validate();
        return responses.of(uri, headers, params, certifications.list(filters, params), RECORD_TYPE, c -> c.id,
                CertificationView::from, CertificationView.class);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<CertificationView> get(@PathParam("code") String code, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Certification certification = find(code);
        return Versioned.of(CertificationView.from(certification, sources.sourcesOf(RECORD_TYPE, certification.id)), certification);
    }

    @GET
    @Path("/{code}/programs")
    public Response programs(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        return programs.list(uri, headers, List.of(find(code).code));
    }

    private Certification find(String code) {
        if (!ProgramQueries.CODE.matcher(code).matches()) {
            throw Problems.notFound("certification", code);
        }
        return certifications.findByCode(code).orElseThrow(() -> Problems.notFound("certification", code));
    }
}
