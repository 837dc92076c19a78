package org.certpath.api.parameters;

import org.certpath.api.ListParams;
import org.certpath.api.Representation;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** A paged list of records that a client may narrow to some fields. */
public abstract class ViewParameters<T> extends PageParameters<T> {

    @RestQuery
    @Matches(regexp = "[A-Za-z]+(\\.[A-Za-z]+)?", expected = "a field name, or a field of one such as annual.median")
    List<String> fields;

    /** The response record of the list, whose fields {@code fields} may name. */
    protected abstract Class<? extends Record> view();

    @Override
    protected void check(Report report) {
        super.check(report);
        List<String> names = Representation.fieldNames(view());
        List<String> nested = Representation.nestedFieldNames(view());
        for (String field : Values.items(fields)) {
            if (field.matches("[A-Za-z]+") && !names.contains(field)) {
                report.invalid("fields", Values.quoted(field) + " is not a field of these items. Fields: "
                        + String.join(", ", names) + ".");
            } else if (field.contains(".") && !nested.contains(field)) {
                report.invalid("fields", Values.quoted(field) + " is not a field of these items. Fields one level down: "
                        + String.join(", ", nested) + ".");
            }
        }
    }

    /** Every list parameter, validated. */
    public ListParams<T> params() {
        return params(Optional.empty());
    }

    protected ListParams<T> params(Optional<OffsetDateTime> updatedSince) {
        return params(new LinkedHashSet<>(Values.items(fields)), updatedSince);
    }
}
