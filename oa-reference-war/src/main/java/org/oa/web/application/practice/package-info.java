/**
 * A practice administrator's work: the practice's users, unlocking, the second-factor rule.
 */
package org.oa.web.application.practice;
