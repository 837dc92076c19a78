package org.certpath.api.parameters;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

import java.util.List;
import java.util.Map;

/**
 * A {@code @BeanParam} of query parameters: its {@code @RestQuery} fields and their constraints are
 * the whole declaration of what an endpoint takes. Names it does not declare are refused, and a
 * parameter that takes one value is refused when given twice, in the same problem as every other
 * violation.
 */
@Checked
public abstract class QueryBean {

    /** Checks across parameters; an override adds its own and calls this one. */
    protected void check(Report report) {
        List<String> declared = Parameters.declaredBy(getClass());
        // The names as sent, from the request being validated: a field cannot hold a name it does not declare.
        MultivaluedMap<String, String> sent = CurrentRequestManager.get().getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> given : sent.entrySet()) {
            String name = given.getKey();
            if (!declared.contains(name)) {
                report.invalid(name, getClass().isAnnotationPresent(Export.class) && PageParameters.PAGING.contains(name)
                        ? "An export has no pages: it is the whole filtered collection, up to its maximum of rows."
                        : Parameters.unknownReason(name, declared));
            } else if (given.getValue().size() > 1 && !isRepeatable(name)) {
                report.invalid(name, "Give this parameter once.");
            }
        }
    }

    private boolean isRepeatable(String name) {
        for (Class<?> level = getClass(); level != QueryBean.class; level = level.getSuperclass()) {
            try {
                return List.class.isAssignableFrom(level.getDeclaredField(name).getType());
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return false;
    }
}
