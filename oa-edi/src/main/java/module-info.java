/**
 * OA X12 5010 engine: a streaming reader, envelope and implementation-guide validation, typed documents,
 * acknowledgment writers, the mapping between 837 claims and OA core claims, and a command-line tool.
 */
module org.oa.edi {
    // Transitive: the claims API takes and returns org.oa.core types (Claim, PracticeId, PayerList).
    requires transitive org.oa.core;

    exports org.oa.edi.stream;
    exports org.oa.edi.validation;
    exports org.oa.edi.document;
    exports org.oa.edi.ack;
    exports org.oa.edi.claims;
    exports org.oa.edi.intake;
}
