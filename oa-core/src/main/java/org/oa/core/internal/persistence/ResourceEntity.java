package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PRACTICE_RESOURCE: a bookable room or piece of equipment of one practice. */
@Entity
@Table(name = "PRACTICE_RESOURCE", schema = "OA_CORE")
public class ResourceEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "NAME", nullable = false)
    String name;

    @Column(name = "NAME_KEY", nullable = false)
    String nameKey;

    @Column(name = "KIND", nullable = false)
    String kind;

    @Column(name = "LOCATION_ID", length = 36)
    String locationId;

    @Column(name = "ACTIVE", nullable = false)
    short active;
}
