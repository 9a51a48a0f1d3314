/**
 * Implementation of OA core. Nothing under {@code org.oa.core.internal} is API: the module does not export it
 * and it may change in any release. Use the types of the exported {@code org.oa.core.*} packages instead.
 */
package org.oa.core.internal;
