package org.oa.core;

/**
 * Root of the unchecked exceptions thrown by OA core for programming and state errors (an illegal argument,
 * a missing record, a broken database). Expected problems such as an invalid claim are return values, not
 * exceptions. Messages never carry protected health information.
 */
public class OaCoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OaCoreException(String message) {
        super(message);
    }

    public OaCoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
