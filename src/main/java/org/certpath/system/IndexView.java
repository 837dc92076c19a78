package org.certpath.system;

import java.util.List;
import java.util.Map;

/** The entry document of the API: where each collection lives and which data editions are served. */
public record IndexView(String name, String version, String documentation, String openapi,
                        Map<String, String> links, Editions editions) {

    public record Editions(List<String> salaries, List<String> outlooks) {
    }
}
