package org.oa.core.internal.persistence;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a local date-time of the schedule as fixed-width text {@code 2026-03-08T02:30} (whole minutes), which
 * sorts and compares like the time itself. Not a TIMESTAMP: drivers convert those through the JVM's zone, which
 * moves a wall-clock time that the JVM's zone skips (02:30 on a spring-forward night in New York becomes 03:30).
 */
@Converter
public class LocalMinuteConverter implements AttributeConverter<LocalDateTime, String> {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @Override
    public String convertToDatabaseColumn(LocalDateTime attribute) {
        return attribute == null ? null : MINUTES.format(attribute);
    }

    @Override
    public LocalDateTime convertToEntityAttribute(String dbData) {
        return dbData == null ? null : LocalDateTime.parse(dbData.strip(), MINUTES);
    }
}
