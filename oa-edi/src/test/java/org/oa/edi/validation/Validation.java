package org.oa.edi.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.oa.edi.X12Samples;

/** Test helpers: validate a string and summarise problems as {@code "KIND code SEG@pos"} strings. */
final class Validation {

    private Validation() {
    }

    static ValidationReport validate(String file) {
        return X12Validator.newValidator().validate(X12Samples.stream(file));
    }

    static List<Problem> problems(String file) {
        return validate(file).allProblems().collect(Collectors.toList());
    }

    static List<String> codes(String file) {
        return problems(file).stream().map(p -> p.code()).collect(Collectors.toList());
    }
}
