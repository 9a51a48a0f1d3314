package org.oa.core.schedule;

/** Which appointments of a series a move or cancellation changes; for a single appointment, always just it. */
public enum SeriesScope {
    /** Only this occurrence: it becomes an exception to the series (an EXDATE). */
    THIS,
    /** This occurrence and every later one: the series is split or ended here. */
    THIS_AND_FOLLOWING,
    /** Every occurrence of the series that has not started yet (and this one). */
    ALL
}
