package org.oa.edi.internal.validation;

/** Where something was read: enough to place a problem found later (e.g. when a claim ends). */
record Loc(long filePosition, int transactionPosition, String segmentId, String loopId, int element,
        int component) {

    Loc at(int newElement, int newComponent) {
        return new Loc(filePosition, transactionPosition, segmentId, loopId, newElement, newComponent);
    }
}
