/**
 * The root of OA core: the exception type every core failure shares. Domain areas live in sub-packages;
 * implementation lives under {@code org.oa.core.internal} and is not API.
 */
package org.oa.core;
