package org.certpath.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class InstitutionChargesRepository implements PanacheRepository<InstitutionCharges> {

    public List<InstitutionCharges> of(String academicYear, List<Integer> unitIds) {
        return list("academicYear = ?1 and unitId in ?2", academicYear, unitIds);
    }
}
