package org.oa.edi.stream;

/**
 * The four X12 delimiters of an interchange, as read from its ISA header.
 *
 * @param element    element separator (ISA char 3), e.g. {@code '*'}
 * @param repetition repetition separator (ISA11 for version 00402 and later), or {@code '\0'} when none
 * @param component  component separator (ISA16), e.g. {@code ':'}
 * @param segment    segment terminator, e.g. {@code '~'}
 */
public record Delimiters(char element, char repetition, char component, char segment) {

    /** The conventional 5010 delimiters {@code * ^ : ~}. */
    public static final Delimiters DEFAULT = new Delimiters('*', '^', ':', '~');

    public Delimiters {
        if (element == component || element == segment || component == segment
                || (repetition != '\0' && (repetition == element || repetition == component
                        || repetition == segment))) {
            throw new IllegalArgumentException("delimiters must be distinct");
        }
        if (isAsciiAlnum(element) || isAsciiAlnum(component) || isAsciiAlnum(segment) || isAsciiAlnum(repetition)) {
            throw new IllegalArgumentException("delimiters must not be letters or digits");
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether {@code c} is one of the delimiters and so may not occur in data. */
    public boolean isDelimiter(char c) {
        return c == element || c == component || c == segment || (repetition != '\0' && c == repetition);
    }

    /**
     * {@code value} with every delimiter and every character outside printable ASCII replaced by a space, so it can
     * be written as element data (e.g. a name copied from a file that used other delimiters).
     */
    public String printable(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(isDelimiter(c) || c < 0x20 || c > 0x7E ? ' ' : c);
        }
        return sb.toString();
    }
}
