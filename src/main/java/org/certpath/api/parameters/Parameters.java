package org.certpath.api.parameters;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query parameters an endpoint declares, read from its method and the {@link BeanParam} classes it
 * takes: the one list of names that the unknown-parameter check, problem ordering and the contract
 * test all use, so that no list of names is kept by hand anywhere.
 */
public final class Parameters {

    private static final Map<Class<?>, List<String>> OF_BEANS = new ConcurrentHashMap<>();
    private static final Map<Method, List<String>> OF_METHODS = new ConcurrentHashMap<>();

    private Parameters() {
    }

    /** The query parameter names of a {@link BeanParam} class, its own fields first, then those it inherits. */
    public static List<String> declaredBy(Class<?> bean) {
        return OF_BEANS.computeIfAbsent(bean, type -> {
            List<String> names = new ArrayList<>();
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    String name = queryName(field, field.getName());
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        });
    }

    /** The query parameter names of a resource method: its own and those of its bean parameters. */
    public static List<String> declaredBy(Method method) {
        return OF_METHODS.computeIfAbsent(method, m -> {
            Set<String> names = new LinkedHashSet<>();
            for (Parameter parameter : m.getParameters()) {
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    names.addAll(declaredBy(parameter.getType()));
                }
                String name = queryName(parameter, parameter.getName());
                if (name != null) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        });
    }

    /** Whether a method takes a bean of parameters, which then checks the names it is given itself. */
    public static boolean takesBean(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                return true;
            }
        }
        return false;
    }

    /** The reason given for a query parameter the endpoint does not declare. */
    public static String unknownReason(List<String> declared) {
        if (declared.isEmpty()) {
            return "This endpoint takes no query parameters.";
        }
        List<String> sorted = new ArrayList<>(declared);
        Collections.sort(sorted);
        return "Unknown parameter. Allowed: " + String.join(", ", sorted) + ".";
    }

    private static String queryName(AnnotatedElement element, String fallback) {
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? fallback : rest.value();
        }
        QueryParam query = element.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }
}
