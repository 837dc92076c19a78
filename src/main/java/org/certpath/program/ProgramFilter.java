package org.certpath.program;

import org.certpath.api.Filter;
import org.certpath.occupation.TitleSearch;
import org.roaringbitmap.RoaringBitmap;

import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every filter of the program list, declared once: when it applies, its SQL condition, and the
 * programs it keeps as a bitmap of {@link ProgramFacets}, so that a page and its total always agree.
 * A filter with no bitmap ({@link #KEYWORD}) has its totals counted in SQL. Adding a filter is one
 * constant here (and a {@link Column} if it reads a column no other filter reads).
 */
enum ProgramFilter {

    CERTIFICATION {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.certificationIds().ifPresent(ids -> filter.where(ids.isEmpty() ? "false"
                    : "exists (select 1 from program_certification pc where pc.program_id = p.id and pc.certification_id in ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))"));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.certificationIds().map(ids -> indexes.anyOf(Column.CERTIFICATION, ids));
        }
    },
    STATE {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            if (!criteria.states().isEmpty()) {
                filter.whereAmong("r.code", criteria.states());
            }
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return anyOf(indexes, Column.STATE, criteria.states());
        }
    },
    /**
     * Programs serving a resident of one of these states: taught in it, or online and open to its residents
     * (every state unless the program's source restricts it to some). An online program without
     * restriction matches any code given.
     */
    SERVING_STATE {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            if (!criteria.servingStates().isEmpty()) {
                String states = Filter.codes(criteria.servingStates());
                filter.where("(r.code in " + states + " or (p.delivery_mode = 'online' and (p.service_restricted_to is null "
                        + "or exists (select 1 from unnest(p.service_restricted_to) s where s in " + states + "))))");
            }
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            if (criteria.servingStates().isEmpty()) {
                return Optional.empty();
            }
            List<String> keys = new java.util.ArrayList<>(criteria.servingStates());
            criteria.servingStates().forEach(state -> keys.add(ONLINE_TO + state));
            keys.add(ONLINE_TO_ALL);
            return Optional.of(indexes.anyOf(Column.SERVING_STATE, keys));
        }
    },
    MODE {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            if (!criteria.modes().isEmpty()) {
                filter.whereAmong("p.delivery_mode", criteria.modes());
            }
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return anyOf(indexes, Column.MODE, criteria.modes());
        }
    },
    AWARD {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            if (!criteria.awards().isEmpty()) {
                filter.whereAmong("p.award_level", criteria.awards());
            }
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return anyOf(indexes, Column.AWARD, criteria.awards());
        }
    },
    CIP {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            if (!criteria.cipCodes().isEmpty()) {
                filter.whereAmong("p.cip_code", criteria.cipCodes());
            }
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return anyOf(indexes, Column.CIP, criteria.cipCodes());
        }
    },
    MIN_MONTHS {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.minMonths().ifPresent(months -> filter.where("p.duration_months >= :minMonths", "minMonths", months));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.minMonths().map(months -> indexes.atLeast(Column.MONTHS, months));
        }
    },
    MAX_MONTHS {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.maxMonths().ifPresent(months -> filter.where("p.duration_months <= :maxMonths", "maxMonths", months));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.maxMonths().map(months -> indexes.atMost(Column.MONTHS, months));
        }
    },
    MAX_COST {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.maxCost().ifPresent(cost -> filter.where("p.cost <= :maxCost", "maxCost", cost));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            // The amount is validated to the cent and bounded, so it converts exactly and cheaply.
            return criteria.maxCost().map(cost -> indexes.atMost(Column.COST_CENTS,
                    cost.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact()));
        }
    },
    ACCREDITED {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.accredited().ifPresent(wanted -> filter.where("p.accredited = :accredited", "accredited", wanted));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.accredited().map(wanted -> indexes.flag(Column.ACCREDITED, wanted));
        }
    },
    UPDATED_SINCE {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.updatedSince().ifPresent(since -> filter.where("p.updated_at >= :updatedSince", "updatedSince", since));
        }

        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.updatedSince().map(since -> indexes.atLeast(Column.UPDATED_MICROS, micros(since)));
        }
    },
    KEYWORD {
        @Override
        void where(ProgramCriteria criteria, Filter filter) {
            criteria.keyword().ifPresent(q -> {
                filter.containingOr(q, LEADS_TO_TITLE, "p.name", "p.institution", "p.credential_text");
                filter.parameters().put(TitleSearch.PARAMETER, q);
            });
        }

        /** A program prepares for a credential that leads to an occupation one of whose titles is the keyword. */
        private static final String LEADS_TO_TITLE = "exists (select 1 from program_certification pc "
                + "join certification_occupation co on co.certification_id = pc.certification_id "
                + "where pc.program_id = p.id and co.occupation_id in (" + TitleSearch.WHOLE_TITLE + "))";

        /** Not indexed: a keyword's total is counted in SQL. */
        @Override
        Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes) {
            return criteria.keyword().map(q -> ProgramFacets.NOT_INDEXED);
        }
    };

    /**
     * A column of the programs that {@link ProgramFacets} indexes for these filters:
     * by value (any of some values), by range (at least, at most) or as a flag. Range columns are whole
     * numbers in SQL already (cents, microseconds), so that memory and SQL compare the same values.
     */
    enum Column {
        CERTIFICATION(Kind.LINKED, "select program_id, certification_id from program_certification"),
        /** A program's own state; {@code online:XX} for each state an online program is restricted to; {@code online:*} when it is not. */
        SERVING_STATE(Kind.LINKED, """
                select p.id, r.code from program p join region r on r.id = p.region_id
                union all
                select p.id, case when p.service_restricted_to is null then 'online:*' else 'online:' || s.state end
                from program p left join lateral unnest(p.service_restricted_to) as s(state) on true
                where p.delivery_mode = 'online'"""),
        STATE(Kind.VALUE, "r.code"),
        MODE(Kind.VALUE, "p.delivery_mode"),
        AWARD(Kind.VALUE, "p.award_level"),
        CIP(Kind.VALUE, "p.cip_code"),
        MONTHS(Kind.RANGE, "p.duration_months::bigint", true),
        COST_CENTS(Kind.RANGE, "(p.cost * 100)::bigint", true),
        ACCREDITED(Kind.FLAG, "p.accredited"),
        UPDATED_MICROS(Kind.RANGE, "(extract(epoch from p.updated_at) * 1000000)::bigint"),
        /** Filtered by no parameter: read by pathways, which rank a program's route by its cost, months and this. */
        EXAM_FEE_INCLUDED(Kind.FLAG, "p.exam_fee_included");

        enum Kind { VALUE, RANGE, FLAG, LINKED }

        final Kind kind;
        /** The column's SQL over {@code program p left join region r}, or for a linked facet the query of its (program, key) pairs. */
        final String sql;
        /**
         * Whether a range keeps each program's value to be read ({@link ProgramFacets#read}) besides its bitmap; a
         * flag's values are read from its bitmaps.
         */
        final boolean kept;

        Column(Kind kind, String sql) {
            this(kind, sql, false);
        }

        Column(Kind kind, String sql, boolean kept) {
            if (kept && kind != Kind.RANGE) {
                throw new IllegalArgumentException("Only a range keeps its values");
            }
            this.kind = kind;
            this.sql = sql;
            this.kept = kept;
        }
    }

    static final String ONLINE_TO = "online:";
    static final String ONLINE_TO_ALL = "online:*";

    /** Adds this filter's condition, when the criteria use it. */
    abstract void where(ProgramCriteria criteria, Filter filter);

    /** The programs this filter keeps, when the criteria use it; {@link ProgramFacets#NOT_INDEXED} when only SQL can say. */
    abstract Optional<RoaringBitmap> matching(ProgramCriteria criteria, ProgramFacets.Indexes indexes);

    /** The SQL conditions of all filters the criteria use. */
    static Filter sql(ProgramCriteria criteria) {
        Filter filter = new Filter();
        for (ProgramFilter programFilter : values()) {
            programFilter.where(criteria, filter);
        }
        return filter;
    }

    /** Microseconds since the epoch: the precision of PostgreSQL, and of a validated time. */
    static long micros(OffsetDateTime time) {
        return time.toEpochSecond() * 1_000_000 + time.getNano() / 1000;
    }

    private static Optional<RoaringBitmap> anyOf(ProgramFacets.Indexes indexes, Column facet, List<String> keys) {
        return keys.isEmpty() ? Optional.empty() : Optional.of(indexes.anyOf(facet, keys));
    }
}
