package org.oa.core.internal.edit;

/** Character-level format checks for codes on claims. Allocation-free; every method accepts null. */
final class Formats {

    private static final boolean[] PLACES_OF_SERVICE = new boolean[100];
    private static final String[] STATES = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU",
        "AS", "MP", "AA", "AE", "AP"
    };
    private static final boolean[] STATE_TABLE = new boolean[26 * 26];

    static {
        // CMS place-of-service code set (codes in use; unassigned numbers are invalid).
        int[] codes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
            27, 31, 32, 33, 34, 41, 42, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 65, 66, 71, 72, 81, 99};
        for (int code : codes) {
            PLACES_OF_SERVICE[code] = true;
        }
        for (String s : STATES) {
            STATE_TABLE[(s.charAt(0) - 'A') * 26 + (s.charAt(1) - 'A')] = true;
        }
    }

    private Formats() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isUpperOrDigit(char c) {
        return isUpper(c) || isDigit(c);
    }

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    static boolean allDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Nine digits, not all zeros. */
    static boolean isTaxId(String s) {
        if (!allDigits(s, 9)) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (s.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    /** Health-care provider taxonomy: nine upper-case letters or digits followed by {@code X}. */
    static boolean isTaxonomy(String s) {
        if (s == null || s.length() != 10 || s.charAt(9) != 'X') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (!isUpperOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** North American number: ten digits, area code and exchange not starting with 0 or 1. */
    static boolean isPhone(String s) {
        return allDigits(s, 10) && s.charAt(0) >= '2' && s.charAt(3) >= '2';
    }

    static boolean isState(String s) {
        return s != null && s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1))
                && STATE_TABLE[(s.charAt(0) - 'A') * 26 + (s.charAt(1) - 'A')];
    }

    /**
     * True when a street line is a post office box: "PO Box 12", "P.O. Box", "Post Office Box", "Box 12" (but not "Boxwood Lane"),
     * "Lockbox". Letters are compared without case, punctuation and spaces.
     */
    static boolean isPostOfficeBox(String line) {
        if (line == null) {
            return false;
        }
        char[] letters = new char[Math.min(line.length(), 64)];
        int n = 0;
        for (int i = 0; i < line.length() && n < letters.length; i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (isUpperOrDigit(c)) {
                letters[n++] = c;
            }
        }
        boolean boxNumber = startsWith(letters, n, 0, "BOX") && (n == 3 || isDigit(letters[3]));
        return boxNumber || contains(letters, n, "POBOX") || contains(letters, n, "POBX")
                || contains(letters, n, "POSTOFFICEBOX") || contains(letters, n, "LOCKBOX");
    }

    private static boolean contains(char[] text, int length, String word) {
        for (int start = 0; start + word.length() <= length; start++) {
            if (startsWith(text, length, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(char[] text, int length, int start, String word) {
        if (start + word.length() > length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlaceOfService(String s) {
        return allDigits(s, 2) && PLACES_OF_SERVICE[(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0')];
    }

    /**
     * Type of bill without the leading zero: facility type 1-4 or 6-8, classification 1-9, frequency digit.
     * Accepts the four-digit form with a leading zero too.
     */
    static boolean isTypeOfBill(String s) {
        if (s == null) {
            return false;
        }
        String t = s.length() == 4 && s.charAt(0) == '0' ? s.substring(1) : s;
        if (!allDigits(t, 3)) {
            return false;
        }
        char facility = t.charAt(0);
        char classification = t.charAt(1);
        return facility >= '1' && facility <= '8' && facility != '5' && classification >= '1' && t.charAt(2) != '0';
    }

    /** Last digit of a type of bill (its frequency), or 0 when too short. */
    static char typeOfBillFrequency(String s) {
        return s == null || s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    }

    /** Inpatient types of bill that need an admission date: hospital, SNF and religious inpatient. */
    static boolean isInpatientTypeOfBill(String s) {
        if (!isTypeOfBill(s)) {
            return false;
        }
        String t = s.length() == 4 ? s.substring(1) : s;
        char facility = t.charAt(0);
        char classification = t.charAt(1);
        return (facility == '1' || facility == '2' || facility == '4') && (classification == '1'
                || classification == '2') || (facility == '1' && classification == '8');
    }

    /**
     * ICD-10-CM code without decimal point: a letter, a digit, a letter or digit, then up to four letters or
     * digits (3 to 7 characters, upper case).
     */
    static boolean isIcd10Cm(String s) {
        if (s == null || s.length() < 3 || s.length() > 7) {
            return false;
        }
        if (!isUpper(s.charAt(0)) || !isDigit(s.charAt(1))) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (!isUpperOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * CPT (five digits; or four digits and F, T, U or M for category II, III, PLA and MAAA codes) or HCPCS
     * level II (a letter A-V and four digits).
     */
    static boolean isProcedureCode(String s) {
        if (s == null || s.length() != 5) {
            return false;
        }
        char first = s.charAt(0);
        for (int i = 1; i < 4; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        char last = s.charAt(4);
        if (isDigit(first)) {
            return isDigit(last) || last == 'F' || last == 'T' || last == 'U' || last == 'M';
        }
        return first >= 'A' && first <= 'V' && isDigit(last);
    }

    /** A procedure modifier: two upper-case letters or digits. */
    static boolean isModifier(String s) {
        return s != null && s.length() == 2 && isUpperOrDigit(s.charAt(0)) && isUpperOrDigit(s.charAt(1));
    }

    /** A revenue code: four digits. */
    static boolean isRevenueCode(String s) {
        return allDigits(s, 4);
    }
}
