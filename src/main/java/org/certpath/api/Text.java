package org.certpath.api;

/**
 * What text the API accepts anywhere (path, query, JSON bodies, imported cells): no control
 * characters, since PostgreSQL refuses NUL and the others only ever come from mistakes or attacks;
 * tab and line breaks only where a value may span lines. No unpaired surrogate (not encodable in
 * UTF-8) and no U+FFFD, which is what undecodable UTF-8 becomes on the way in.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is refused, or null when it is acceptable; {@code multiline} allows tab, CR and LF. */
    public static String problem(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return String.format("Contains the control character U+%04X at position %d.", (int) c, i + 1);
            }
            if (c == '\uFFFD') {
                return "Not valid UTF-8 (or contains U+FFFD) at position " + (i + 1) + ".";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Contains an unpaired surrogate at position " + (i + 1) + ".";
            }
        }
        return null;
    }
}
