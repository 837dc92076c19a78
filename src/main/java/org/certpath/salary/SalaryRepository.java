package org.certpath.salary;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class SalaryRepository implements PanacheRepository<Salary> {

    /** The wage editions served, newest first. */
    public List<String> editions() {
        return getEntityManager()
                .createQuery("select distinct s.edition from Salary s order by s.edition desc", String.class)
                .getResultList();
    }
}
