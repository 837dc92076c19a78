package org.certpath.program;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The validated filters of one program list. Credentials are given as ids: PostgreSQL then plans
 * with each credential's real share of the programs (half of them at the benchmark's scale prepare
 * for CPC), where through the code it assumed an average share.
 */
public record ProgramCriteria(Optional<List<Long>> certificationIds, List<String> states, List<String> servingStates,
                              List<String> modes,
                              List<String> awards, Optional<Integer> minMonths, Optional<Integer> maxMonths,
                              Optional<BigDecimal> maxCost, Optional<Boolean> accredited, Optional<String> keyword,
                              Optional<OffsetDateTime> updatedSince, List<String> cipCodes) {

    /**
     * The programs that prepare for one credential, taught in one of these modes and serving a resident of one of
     * these states (any mode, any state when none is given).
     */
    public static ProgramCriteria ofCertification(long certificationId, List<String> modes, List<String> servingStates) {
        return new ProgramCriteria(Optional.of(List.of(certificationId)), List.of(), servingStates, modes, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
