package org.certpath.certification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;
import org.certpath.occupation.TitleSearch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class CertificationRepository implements PanacheRepository<Certification> {

    public static final List<String> FOCUS_AREAS = List.of("general_him", "coding", "billing", "ehr", "privacy",
            "data_analytics", "cdi", "administration", "registry");

    public static final Sorting<Certification> SORTING = Sorting.<Certification>byId("c.id", c -> c.id)
            .field("code", "c.code", String.class, c -> c.code)
            .field("name", "c.name", String.class, c -> c.name)
            .field("examFee", "coalesce(c.examFeeNonmember, c.examFeeMember)", BigDecimal.class,
                    c -> c.examFeeNonmember != null ? c.examFeeNonmember : c.examFeeMember)
            .field("updatedAt", "c.updatedAt", OffsetDateTime.class, c -> c.updatedAt)
            .defaultSort("code");

    private final VersionedCache cache;

    public CertificationRepository(VersionedCache cache) {
        this.cache = cache;
    }

    /** The validated filters of the certification list. */
    public record Query(List<String> issuers, List<String> focus, Optional<EducationLevel> education,
                        Optional<BigDecimal> maxExamFee, Optional<String> keyword) {
    }

    public Optional<Certification> findByCode(String code) {
        return find("code", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public List<Certification> findByCodes(List<String> codes) {
        return list("code in ?1", codes.stream().map(code -> code.toLowerCase(Locale.ROOT)).toList());
    }

    /** Which of these codes (lower case) name a certification; every code is read once per data version. */
    public Set<String> existingCodes(Collection<String> codes) {
        return cache.existing("certification codes", codes, () -> getEntityManager()
                .createQuery("select c.code from Certification c", String.class).getResultList());
    }

    /** The credentials that lead to an occupation one of whose titles is the keyword (a job title typed whole). */
    @SuppressWarnings("unchecked")
    private List<Long> leadingToTitle(String keyword) {
        return getEntityManager().createNativeQuery("select distinct certification_id from certification_occupation "
                        + "where occupation_id in (" + TitleSearch.WHOLE_TITLE + ")", Long.class)
                .setParameter(TitleSearch.PARAMETER, keyword).getResultList();
    }

    public Listing.Slice<Certification> list(Query query, ListParams<Certification> params) {
        Filter filter = new Filter();
        if (!query.issuers().isEmpty()) {
            filter.whereIn("c.organization.slug", "issuers", query.issuers());
        }
        if (!query.focus().isEmpty()) {
            List<String> anyFocus = new ArrayList<>();
            for (int i = 0; i < query.focus().size(); i++) {
                anyFocus.add("array_contains(c.focus, :focus" + i + ")");
                filter.parameters().put("focus" + i, query.focus().get(i));
            }
            filter.where("(" + String.join(" or ", anyFocus) + ")");
        }
        query.education().ifPresent(level -> filter.where("c.minEducation in :levels", "levels", level.codesUpTo()));
        query.maxExamFee().ifPresent(fee -> filter.where("coalesce(c.examFeeNonmember, c.examFeeMember) <= :maxFee", "maxFee", fee));
        query.keyword().ifPresent(q -> {
            List<Long> leadingToTitle = leadingToTitle(q);
            filter.containingOr(q, leadingToTitle.isEmpty() ? null : "c.id in (:leadingToTitle)",
                    "c.acronym", "c.name", "c.focusText", "c.notes");
            if (!leadingToTitle.isEmpty()) {
                filter.parameters().put("leadingToTitle", leadingToTitle);
            }
        });
        return Listing.page(getEntityManager(), Certification.class, "c", " join fetch c.organization", filter,
                params, SORTING);
    }
}
