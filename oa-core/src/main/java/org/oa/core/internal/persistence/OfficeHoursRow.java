package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of OA_CORE.PRACTICE_PROVIDER_HOURS: a provider's weekly period. The day is ISO (1 = Monday); times are
 * minutes since midnight, so that no database or driver converts them between time zones.
 */
@Embeddable
public class OfficeHoursRow {

    @Column(name = "DAY_OF_WEEK", nullable = false)
    short dayOfWeek;

    @Column(name = "START_MINUTE", nullable = false)
    short startMinute;

    @Column(name = "END_MINUTE", nullable = false)
    short endMinute;

    @Column(name = "LOCATION_ID", nullable = false, length = 36)
    String locationId;
}
