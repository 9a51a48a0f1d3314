/**
 * Security questions as an extra factor of the password reset, never the only one: an account chooses 2 or 3
 * questions from a fixed, shipped list; answers are normalised and stored only as argon2id hashes, and a reset
 * link whose answers are wrong 5 times stops working. Nothing here reveals an answer or which answer was wrong.
 */
package org.oa.security.questions;
