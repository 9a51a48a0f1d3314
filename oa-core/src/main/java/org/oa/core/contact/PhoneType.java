package org.oa.core.contact;

/** What kind of telephone a number belongs to; a person has at most one number of each kind. */
public enum PhoneType {
    HOME, MOBILE, WORK
}
