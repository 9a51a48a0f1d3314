/**
 * JDBC implementations of password reset tokens and remembered devices. Internal; tokens exist in clear only
 * in the return value of the call that made them.
 */
package org.oa.security.internal.recovery;
