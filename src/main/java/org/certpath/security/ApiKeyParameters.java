package org.certpath.security;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.ViewParameters;

import java.time.OffsetDateTime;

/** The list parameters of the keys (keys are revoked, never removed: no updatedSince). */
public class ApiKeyParameters extends ViewParameters<ApiKey> {

    static final Sorting<ApiKey> SORTING = Sorting.<ApiKey>byId("k.id", k -> k.id)
            .field("id", "k.id", Long.class, k -> k.id)
            .field("name", "k.name", String.class, k -> k.name)
            .field("createdAt", "k.createdAt", OffsetDateTime.class, k -> k.createdAt)
            .defaultSort("id");

    @Override
    protected Sorting<ApiKey> sorting() {
        return SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return ApiKeyView.class;
    }
}
