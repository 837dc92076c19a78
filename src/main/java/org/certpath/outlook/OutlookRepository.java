package org.certpath.outlook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutlookRepository implements PanacheRepository<Outlook> {

    /** The projection periods served, newest first. */
    public List<String> periods() {
        return getEntityManager()
                .createQuery("select distinct o.period from Outlook o order by o.period desc", String.class)
                .getResultList();
    }
}
