package org.certpath.api.parameters;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.Provider;
import org.certpath.api.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edge of every endpoint's query: the violations of its declared parameters become one 400
 * problem naming each parameter, in the order the endpoint declares them; an endpoint without a bean
 * of parameters refuses names it does not declare before anything else runs.
 */
public final class ParameterProblems {

    private ParameterProblems() {
    }

    /** The violations of the declared parameters of one request, in one problem. */
    @Provider
    public static final class Violations extends ExceptionMapperBase<ResteasyReactiveViolationException> {
        @Override
        protected HttpProblem toProblem(ResteasyReactiveViolationException violations) {
            return invalid(violations);
        }
    }

    /** Unknown names on an endpoint without a bean of parameters, refused before anything else runs. */
    public static final class Undeclared {
        @ServerRequestFilter
        public void refuse(ContainerRequestContext request, ResourceInfo resource) {
            Method method = resource.getResourceMethod();
            if (method == null || Parameters.takesBean(method)) {
                return;
            }
            List<String> declared = Parameters.declaredBy(method);
            List<Problems.InvalidParam> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                    .filter(name -> !declared.contains(name)).sorted()
                    .map(name -> new Problems.InvalidParam(name, Parameters.unknownReason(name, declared))).toList();
            if (!unknown.isEmpty()) {
                throw Problems.invalidParameters(unknown);
            }
        }
    }

    static HttpProblem invalid(ResteasyReactiveViolationException violations) {
        List<Problems.InvalidParam> invalid = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            Object bean = violation.getLeafBean();
            if (bean instanceof QueryBean && order.isEmpty()) {
                order.addAll(Parameters.declaredBy(bean.getClass()));
            }
            invalid.add(new Problems.InvalidParam(name(violation.getPropertyPath()), violation.getMessage()));
        }
        invalid.sort(Comparator.comparingInt((Problems.InvalidParam param) -> position(order, param.name()))
                .thenComparing(Problems.InvalidParam::name).thenComparing(Problems.InvalidParam::reason));
        return Problems.invalidParameters(invalid);
    }

    private static String name(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }

    private static int position(List<String> order, String name) {
        int index = order.indexOf(name);
        return index < 0 ? order.size() : index;
    }
}
