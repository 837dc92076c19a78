package org.certpath.provenance;

import java.net.URI;
import java.util.Locale;

/**
 * Who published a document, named by its web host where a data row does not name it, and how far
 * a reading of it is trusted: secondary sources less than the publisher's own.
 */
public final class Publishers {

    private Publishers() {
    }

    public static String confidenceOf(String sourceType) {
        return isSecondary(sourceType) ? "medium" : "high";
    }

    public static String confidenceNoteOf(String sourceType) {
        return (isSecondary(sourceType) ? "Secondary source: " : "Source type: ") + sourceType;
    }

    private static boolean isSecondary(String sourceType) {
        return sourceType != null && sourceType.toLowerCase(Locale.ROOT).contains("secondary");
    }

    /** Names the publisher by its web host; the original publisher when the page read was a copy. */
    public static String of(String url) {
        URI uri = URI.create(url.split(" ")[0].trim());
        if (uri.getPath() != null && uri.getHost().endsWith("github.com") && uri.getPath().startsWith("/newjersey/")) {
            return "New Jersey Department of Labor and Workforce Development";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        if (host.endsWith("bls.gov")) {
            return "U.S. Bureau of Labor Statistics";
        }
        if (host.endsWith("onetonline.org")) {
            return "O*NET OnLine (U.S. Department of Labor)";
        }
        if (host.endsWith("ahima.org")) {
            return "AHIMA";
        }
        if (host.endsWith("aapc.com")) {
            return "AAPC";
        }
        if (host.endsWith("cool.army.mil")) {
            return "U.S. Army Credentialing Opportunities On-Line (COOL)";
        }
        if (host.startsWith("dod-civ-cool")) {
            return "DoD Civilian Credentialing Opportunities On-Line (COOL)";
        }
        return host;
    }
}
