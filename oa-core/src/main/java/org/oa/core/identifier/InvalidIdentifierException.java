package org.oa.core.identifier;

import org.oa.core.OaCoreException;

/** Thrown when an identifier is constructed from a malformed value; the message names the field, not the value. */
public final class InvalidIdentifierException extends OaCoreException {
    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
