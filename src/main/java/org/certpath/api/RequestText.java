package org.certpath.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any resource runs, a path or query value that is not acceptable text (see
 * {@link Text}): a NUL in an id or in {@code q} would otherwise reach PostgreSQL, which fails on it,
 * and invalid UTF-8 would be matched as U+FFFD. One 400 names every such parameter.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problems.InvalidParam> invalid = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(), invalid);
        check(request.getUriInfo().getQueryParameters(), invalid);
        if (!invalid.isEmpty()) {
            throw Problems.invalidParameters(invalid);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problems.InvalidParam> invalid) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String nameProblem = Text.problem(name, false);
            if (nameProblem != null) {
                invalid.add(new Problems.InvalidParam("(parameter name)", nameProblem));
                continue;
            }
            parameter.getValue().stream().map(value -> Text.problem(value, false)).filter(problem -> problem != null)
                    .findFirst().ifPresent(problem -> invalid.add(new Problems.InvalidParam(name, problem)));
        }
    }
}
