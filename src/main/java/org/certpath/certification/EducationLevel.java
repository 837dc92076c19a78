package org.certpath.certification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Education levels in ascending order: a reader with one level holds every lower one. */
public enum EducationLevel {
    NONE, HIGH_SCHOOL, POSTSECONDARY_AWARD, ASSOCIATE, BACHELOR, MASTER;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<EducationLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(EducationLevel::code).toList();
    }

    /** The codes of this level and every level below it. */
    public List<String> codesUpTo() {
        return Arrays.stream(values()).filter(level -> level.ordinal() <= ordinal()).map(EducationLevel::code).toList();
    }
}
