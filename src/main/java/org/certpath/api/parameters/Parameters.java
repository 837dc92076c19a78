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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * The query parameters an endpoint declares, read from its method and the {@link BeanParam} classes it
 * takes: the one list of names that the unknown-parameter check, problem ordering and the contract
 * test all use, so that no list of names is kept by hand anywhere.
 */
public final class Parameters {

    private static final Map<Class<?>, List<String>> OF_BEANS = new ConcurrentHashMap<>();
    private static final Map<Method, List<String>> OF_METHODS = new ConcurrentHashMap<>();
    /**
     * What one collection of this API calls a thing that another names differently: a program's {@code state}, a
     * salary's or a pathway's {@code region}; a salary's {@code soc}; a program's {@code certification}.
     */
    private static final Map<String, String> OTHER_NAMES = Map.of("state", "region", "region", "state",
            "occupation", "soc", "credential", "certification");

    private Parameters() {
    }

    /** The query parameter names of a {@link BeanParam} class, its own fields first, then those it inherits. */
    public static List<String> declaredBy(Class<?> bean) {
        return OF_BEANS.computeIfAbsent(bean, type -> {
            List<String> names = new ArrayList<>();
            boolean export = type.isAnnotationPresent(Export.class);
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    String name = queryName(field, field.getName());
                    if (name != null && !(export && PageParameters.PAGING.contains(name))) {
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

    /** The reason given for a query parameter the endpoint does not declare, with the name meant where one stands out. */
    public static String unknownReason(String given, List<String> declared) {
        if (declared.isEmpty()) {
            return "This endpoint takes no query parameters.";
        }
        List<String> sorted = new ArrayList<>(declared);
        Collections.sort(sorted);
        String allowed = "Allowed: " + String.join(", ", sorted) + ".";
        return closest(given, declared).map(name -> "Unknown parameter; did you mean " + name + "? " + allowed)
                .orElse("Unknown parameter. " + allowed);
    }

    /**
     * The declared name a caller most likely meant: one within two edits of the given name (the nearest,
     * for a typo or a plural), else the name another collection gives the same thing ({@code state} where the
     * endpoint takes {@code region}), else one that contains the given name's letters in order from the start
     * of one of its words (a name that gained a word, such as maxMonths for maxDurationMonths), keeping most of
     * its start. Nothing when no single name stands out.
     */
    static Optional<String> closest(String given, List<String> declared) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        Optional<String> typo = single(declared.stream().filter(name -> !name.equals(given))
                .filter(name -> editDistance(lower, name.toLowerCase(Locale.ROOT)) <= 2).toList(),
                name -> editDistance(lower, name.toLowerCase(Locale.ROOT)));
        if (typo.isPresent()) {
            return typo;
        }
        Optional<String> otherName = Optional.ofNullable(OTHER_NAMES.get(lower)).filter(declared::contains);
        if (otherName.isPresent()) {
            return otherName;
        }
        // Among longer names, the one that keeps more of the given name's start, then the shortest.
        return single(declared.stream().filter(name -> !name.equals(given))
                .filter(name -> isSubsequenceFromAWord(lower, name)).toList(),
                name -> name.length() - 1000 * commonPrefix(lower, name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code part}'s letters come in order in {@code name} from the start of one of its words: mode in
     * deliveryMode, not state in discountRate.
     */
    private static boolean isSubsequenceFromAWord(String part, String name) {
        for (int i = 0; i < name.length(); i++) {
            if ((i == 0 || Character.isUpperCase(name.charAt(i))) && Character.toLowerCase(name.charAt(i)) == part.charAt(0)
                    && isSubsequence(part, name.substring(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int length = 0;
        while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
            length++;
        }
        return length;
    }

    /** The candidate ranked first by {@code rank}, when no other ranks as high. */
    private static Optional<String> single(List<String> candidates, ToIntFunction<String> rank) {
        List<String> sorted = candidates.stream().sorted(Comparator.comparingInt(rank)).toList();
        if (sorted.isEmpty() || sorted.size() > 1 && rank.applyAsInt(sorted.get(0)) == rank.applyAsInt(sorted.get(1))) {
            return Optional.empty();
        }
        return Optional.of(sorted.get(0));
    }

    private static boolean isSubsequence(String part, String whole) {
        int at = 0;
        for (int i = 0; i < whole.length() && at < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(at)) {
                at++;
            }
        }
        return at == part.length();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
