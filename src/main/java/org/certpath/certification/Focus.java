package org.certpath.certification;

/** What a certification is about, as the {@code focus} filter and the data name it. */
public enum Focus {
    GENERAL_HIM, CODING, BILLING, EHR, PRIVACY, DATA_ANALYTICS, CDI, ADMINISTRATION, REGISTRY
}
