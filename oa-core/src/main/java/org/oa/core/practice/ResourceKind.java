package org.oa.core.practice;

/** What a bookable resource is: a room (exam room, procedure room) or a piece of equipment. */
public enum ResourceKind {
    ROOM, EQUIPMENT
}
