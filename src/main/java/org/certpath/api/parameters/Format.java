package org.certpath.api.parameters;

/** The representations of a list, as the {@code format} parameter names them. */
public enum Format {
    JSON, CSV
}
