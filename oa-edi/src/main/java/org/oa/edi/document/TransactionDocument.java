package org.oa.edi.document;

/** A typed transaction set; which record depends on ST01 (and GS08 for 837P versus 837I). */
public sealed interface TransactionDocument
        permits ClaimTransaction, RemittanceTransaction, ImplementationAcknowledgment, ClaimAcknowledgment,
        GenericTransaction {

    /** The ST header. */
    TransactionHeader header();
}
