package org.certpath.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepository<Institution> {

    public List<Institution> byUnitIds(List<Integer> unitIds) {
        return list("unitId in ?1", unitIds);
    }
}
