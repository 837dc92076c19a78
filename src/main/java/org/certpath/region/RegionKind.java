package org.certpath.region;

/** What a region is, as the {@code kind} filter and the data name it. */
public enum RegionKind {
    NATION, STATE, DISTRICT, TERRITORY, METRO
}
