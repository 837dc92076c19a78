package org.certpath.api.parameters;

import org.certpath.api.ListParams;
import org.jboss.resteasy.reactive.RestQuery;


/** A list of the served data, which also reports what changed, and what was removed, since a time. */
public abstract class ListParameters<T> extends ViewParameters<T> {

    @RestQuery
    @Timestamp
    String updatedSince;

    @Override
    public ListParams<T> params() {
        return params(Values.time(updatedSince));
    }
}
