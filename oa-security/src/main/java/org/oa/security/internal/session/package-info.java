/** The signed-in session registry over JDBC. Internal. */
package org.oa.security.internal.session;
