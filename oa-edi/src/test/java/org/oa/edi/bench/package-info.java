/**
 * Throughput benchmark (not a test): run with {@code mvn -pl oa-edi -Pbench test-compile exec:exec}. Compares
 * StAEDI tokenizing with our tokenizer and our full read+validate, and validates a 1 GB file with -Xmx128m.
 */
package org.oa.edi.bench;
