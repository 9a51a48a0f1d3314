/**
 * Implementation of the security library. Nothing here is exported by the module or part of the API: it may
 * change in any release. Callers use {@link org.oa.security.OaSecurity} and the exported sub-packages.
 */
package org.oa.security.internal;
