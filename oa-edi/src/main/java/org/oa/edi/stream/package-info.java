/**
 * Streaming X12 access modelled on StAX: {@link org.oa.edi.stream.X12InputFactory} creates an
 * {@link org.oa.edi.stream.X12Reader} that pulls envelope and segment events from bytes with a bounded buffer,
 * and {@link org.oa.edi.stream.X12Writer} writes segments with correct envelopes, counts and control numbers.
 * No validation happens here beyond what is needed to find segments; syntax problems arrive as events.
 */
package org.oa.edi.stream;
