/**
 * Implementation of the built-in front-end edits and the character-level format checks they use (no regular
 * expressions, no streams: the edits run on every claim). Not API; use {@link org.oa.core.edit.FrontEndEdits}.
 */
package org.oa.core.internal.edit;
