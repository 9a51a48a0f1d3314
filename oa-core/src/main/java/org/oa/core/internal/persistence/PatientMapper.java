package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.Guarantor;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientStatus;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.practice.PracticeId;

/**
 * Copies patient records and coverages to and from their entities. Relationships are stored as X12 codes, sex
 * as its X12 code, phones in one column per type; stamps in UTC (see {@link ClaimMapper#utc}).
 */
final class PatientMapper {

    private PatientMapper() {
    }

    /** Copies everything but the IDs and the stamps. */
    static void copy(PatientRecord r, PatientEntity e) {
        e.accountNumber = r.accountNumber().value();
        e.externalId = r.externalId() == null ? null : r.externalId().value();
        e.firstName = r.name().first();
        e.middleName = r.name().middle();
        e.lastName = r.name().last();
        e.firstNameKey = NameKey.of(r.name().first());
        e.lastNameKey = NameKey.of(r.name().last());
        e.birthDate = r.birthDate();
        e.sex = r.sex().code();
        e.line1 = r.address().line1();
        e.line2 = r.address().line2();
        e.city = r.address().city();
        e.state = r.address().state();
        e.zip = r.address().zip();
        e.homePhone = r.phone(PhoneType.HOME).map(Phone::number).orElse(null);
        e.mobilePhone = r.phone(PhoneType.MOBILE).map(Phone::number).orElse(null);
        e.workPhone = r.phone(PhoneType.WORK).map(Phone::number).orElse(null);
        e.email = r.email();
        e.preferredLanguage = r.preferredLanguage();
        e.status = r.status().name();
        e.guarantorRelationship = r.guarantor().relationship().code();
        e.guarantor = row(r.guarantor().person());
    }

    static PatientRecord record(PatientEntity e) {
        List<Phone> phones = new ArrayList<>(3);
        if (e.homePhone != null) {
            phones.add(new Phone(PhoneType.HOME, e.homePhone));
        }
        if (e.mobilePhone != null) {
            phones.add(new Phone(PhoneType.MOBILE, e.mobilePhone));
        }
        if (e.workPhone != null) {
            phones.add(new Phone(PhoneType.WORK, e.workPhone));
        }
        PatientRelationship relationship = relationship(e.guarantorRelationship);
        Guarantor guarantor = relationship == PatientRelationship.SELF ? Guarantor.self()
                : Guarantor.of(relationship, person(e.guarantor));
        return new PatientRecord(new PatientId(UUID.fromString(e.id)), PracticeId.parse(e.practiceId),
                new AccountNumber(e.accountNumber), new PersonName(e.firstName, e.middleName, e.lastName),
                e.birthDate, sex(e.sex), new Address(e.line1, e.line2, e.city, e.state, e.zip), phones, e.email,
                e.preferredLanguage, guarantor, PatientStatus.valueOf(e.status), ClaimMapper.instant(e.createdAt),
                ClaimMapper.instant(e.updatedAt), e.externalId == null ? null : new ExternalId(e.externalId));
    }

    /** Copies everything but the IDs (coverage, practice, patient). */
    static void copy(CoverageRecord c, CoverageEntity e) {
        e.payerId = c.payerId().value();
        e.memberId = c.memberId().value();
        e.groupNumber = c.groupNumber();
        e.relationship = c.relationship().code();
        e.priority = c.priority().name();
        e.effectiveFrom = c.effectiveFrom();
        e.effectiveTo = c.effectiveTo();
        e.subscriber = row(c.subscriber());
    }

    static CoverageRecord coverage(CoverageEntity e) {
        PatientRelationship relationship = relationship(e.relationship);
        return new CoverageRecord(new CoverageId(UUID.fromString(e.id)), new PatientId(UUID.fromString(e.patientId)),
                new PayerId(e.payerId), new MemberId(e.memberId), e.groupNumber, relationship,
                relationship == PatientRelationship.SELF ? null : person(e.subscriber),
                CoveragePriority.valueOf(e.priority), e.effectiveFrom, e.effectiveTo);
    }

    private static RelatedPersonRow row(RelatedPerson p) {
        if (p == null) {
            return null;
        }
        RelatedPersonRow row = new RelatedPersonRow();
        row.firstName = p.name().first();
        row.middleName = p.name().middle();
        row.lastName = p.name().last();
        row.birthDate = p.birthDate();
        row.sex = p.sex().code();
        row.line1 = p.address().line1();
        row.line2 = p.address().line2();
        row.city = p.address().city();
        row.state = p.address().state();
        row.zip = p.address().zip();
        row.phoneType = p.phone() == null ? null : p.phone().type().name();
        row.phone = p.phone() == null ? null : p.phone().number();
        return row;
    }

    private static RelatedPerson person(RelatedPersonRow row) {
        Objects.requireNonNull(row, "stored related person");
        return new RelatedPerson(new PersonName(row.firstName, row.middleName, row.lastName), row.birthDate,
                sex(row.sex), new Address(row.line1, row.line2, row.city, row.state, row.zip),
                row.phone == null ? null : new Phone(PhoneType.valueOf(row.phoneType), row.phone));
    }

    private static PatientRelationship relationship(String code) {
        return PatientRelationship.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("stored relationship code is not an X12 code"));
    }

    static Sex sex(String code) {
        for (Sex s : Sex.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Sex.UNKNOWN;
    }
}
