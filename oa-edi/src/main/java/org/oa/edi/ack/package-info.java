/**
 * Acknowledgment writers: the 999 implementation acknowledgment and the TA1 interchange acknowledgment, built
 * from validation results with correct envelopes, counts and control numbers.
 */
package org.oa.edi.ack;
