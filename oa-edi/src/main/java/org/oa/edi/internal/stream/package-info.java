/**
 * Implementation of the byte-level tokenizer behind {@link org.oa.edi.stream.X12Reader}. Not exported: callers
 * use the factory in {@code org.oa.edi.stream}; nothing here is API and it may change without notice.
 */
package org.oa.edi.internal.stream;
