package org.certpath.region;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    public static final List<String> KINDS = List.of("nation", "state", "district", "territory", "metro");

    public static final Sorting<Region> SORTING = Sorting.<Region>byId("r.id", r -> r.id)
            .field("code", "r.code", String.class, r -> r.code)
            .field("name", "r.name", String.class, r -> r.name)
            .field("updatedAt", "r.updatedAt", OffsetDateTime.class, r -> r.updatedAt)
            .defaultSort("code");

    private final VersionedCache cache;

    public RegionRepository(VersionedCache cache) {
        this.cache = cache;
    }

    public Optional<Region> findByCode(String code) {
        return find("code", code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Which of these codes (upper case) name a region; {@code states} leaves the nation out. Every code is read once
     * per data version.
     */
    public Set<String> existingCodes(Collection<String> codes, boolean states) {
        Set<String> existing = cache.existing("region codes", codes, () -> getEntityManager()
                .createQuery("select r.code from Region r", String.class).getResultList());
        if (states) {
            existing.remove(Region.NATION_CODE);
        }
        return existing;
    }

    /** A metro area as a file names it: its CBSA code, title and the states it spans. */
    public record Metro(String code, String name, List<String> states) {
    }

    /** What storing a metro area did: the area as it was (null when new), and the stored region (null in a dry run). */
    public record MetroChange(Metro before, boolean changed, Region region) {
    }

    /**
     * Stores a metro area: made, or renamed and its states updated as a new edition names it; with
     * {@code dryRun} only says what would change.
     */
    public MetroChange saveMetro(Metro metro, boolean dryRun) {
        Optional<Region> stored = find("code", metro.code()).firstResultOptional();
        Metro before = stored.map(r -> new Metro(r.code, r.name, List.of(r.states))).orElse(null);
        if (metro.equals(before) || dryRun) {
            return new MetroChange(before, !metro.equals(before), stored.orElse(null));
        }
        Region region = stored.orElseGet(Region::new);
        region.code = metro.code();
        region.name = metro.name();
        region.kind = RegionKind.METRO.name().toLowerCase(Locale.ROOT);
        region.states = metro.states().toArray(String[]::new);
        if (stored.isPresent()) {
            region.touch();
        } else {
            persist(region);
        }
        return new MetroChange(before, true, region);
    }

    public Listing.Slice<Region> list(List<String> kinds, Optional<String> keyword, ListParams<Region> params) {
        Filter filter = new Filter();
        if (!kinds.isEmpty()) {
            filter.where("r.kind in :kinds", "kinds", kinds);
        }
        keyword.ifPresent(q -> filter.containing(q, "r.name"));
        return Listing.page(getEntityManager(), Region.class, "r", "", filter, params, SORTING);
    }
}
