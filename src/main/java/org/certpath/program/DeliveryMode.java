package org.certpath.program;

/** How a program is taught, as the {@code mode} filter and the data name it. */
public enum DeliveryMode {
    ONLINE, IN_PERSON, HYBRID
}
