/**
 * OA X12 5010 engine: a streaming reader, envelope and implementation-guide validation, typed documents,
 * acknowledgment writers and a command-line tool. Plain Java SE, no runtime dependencies.
 */
module org.oa.edi {
    exports org.oa.edi.stream;
    exports org.oa.edi.validation;
    exports org.oa.edi.document;
    exports org.oa.edi.ack;
}
