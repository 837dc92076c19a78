package org.certpath.program;

/** What a program awards, as the {@code award} filter and the data name it. */
public enum AwardLevel {
    CERTIFICATE, DIPLOMA, ASSOCIATE, BACHELOR, NON_CREDIT
}
