package org.oa.core.internal.persistence;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.Diagnosis;
import org.oa.core.claim.ServiceLine;
import org.oa.core.claim.StoredClaim;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.lifecycle.StatusChange;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFileId;

/**
 * Copies claims and lifecycles to and from {@link ClaimEntity}. Lists inside a line (modifiers, diagnosis
 * pointers) are stored as space-separated, URL-encoded items so that any submitted text survives.
 * Timestamps are stored in UTC, truncated to microseconds (PostgreSQL's precision).
 */
final class ClaimMapper {

    private ClaimMapper() {
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    static void copyClaim(Claim c, ClaimEntity e) {
        e.id = c.id().toString();
        e.practiceId = c.practiceId().toString();
        e.claimType = c.type().name();
        e.patientControlNumber = c.patientControlNumber();
        e.totalCharge = c.totalCharge();
        e.placeOfService = c.placeOfService();
        e.typeOfBill = c.typeOfBill();
        e.frequencyCode = c.frequencyCode();
        e.originalClaimNumber = c.originalClaimNumber();
        e.onsetDate = c.onsetDate();
        e.accidentDate = c.accidentDate();
        e.admissionDate = c.admissionDate();
        BillingProvider bp = c.billingProvider();
        e.bpName = bp.name();
        e.bpNpi = bp.npi();
        e.bpTaxonomy = bp.taxonomy();
        e.bpTaxId = bp.taxId();
        e.bpLine1 = bp.address().line1();
        e.bpLine2 = bp.address().line2();
        e.bpCity = bp.address().city();
        e.bpState = bp.address().state();
        e.bpZip = bp.address().zip();
        e.bpPhone = bp.phone();
        e.renderingNpi = c.renderingProviderNpi();
        Patient p = c.patient();
        e.patientId = p.id().toString();
        e.patientFirstName = p.firstName();
        e.patientLastName = p.lastName();
        e.patientBirthDate = p.birthDate();
        e.patientSex = p.sex().code();
        e.patientLine1 = p.address().line1();
        e.patientLine2 = p.address().line2();
        e.patientCity = p.address().city();
        e.patientState = p.address().state();
        e.patientZip = p.address().zip();
        Subscriber s = c.subscriber();
        e.subscriberFirstName = s.firstName();
        e.subscriberLastName = s.lastName();
        e.subscriberBirthDate = s.birthDate();
        e.subscriberSex = s.sex().code();
        e.subscriberLine1 = s.address().line1();
        e.subscriberLine2 = s.address().line2();
        e.subscriberCity = s.address().city();
        e.subscriberState = s.address().state();
        e.subscriberZip = s.address().zip();
        e.memberId = s.memberId();
        e.groupNumber = s.groupNumber();
        e.relationshipCode = c.relationshipCode();
        e.payerId = c.payerId().value();
        e.priority = c.priority().name();
        e.diagnoses.clear();
        for (Diagnosis d : c.diagnoses()) {
            e.diagnoses.add(d.code());
        }
        e.serviceLines.clear();
        for (ServiceLine l : c.serviceLines()) {
            ServiceLineRow r = new ServiceLineRow();
            r.lineControlNumber = l.lineControlNumber();
            r.procedureCode = l.procedureCode();
            r.modifiers = join(l.modifiers());
            r.charge = l.charge();
            r.units = l.units().toPlainString();
            r.serviceFrom = l.serviceFrom();
            r.serviceTo = l.serviceTo();
            List<String> pointers = new ArrayList<>();
            for (Integer pointer : l.diagnosisPointers()) {
                pointers.add(pointer.toString());
            }
            r.diagnosisPointers = String.join(" ", pointers);
            r.ndc = l.ndc();
            r.ndcQualifier = l.ndcQualifier();
            r.revenueCode = l.revenueCode();
            e.serviceLines.add(r);
        }
    }

    /** Copies the lifecycle; existing history rows are kept and only new changes appended. */
    static void copyLifecycle(ClaimLifecycle l, ClaimEntity e) {
        e.status = l.status().name();
        e.frequency = l.frequency().name();
        e.originalClaimId = l.originalClaim() == null ? null : l.originalClaim().toString();
        List<StatusChange> history = l.history();
        if (e.history.size() > history.size()) {
            throw new IllegalArgumentException("lifecycle history must not lose recorded changes");
        }
        for (int i = e.history.size(); i < history.size(); i++) {
            StatusChange change = history.get(i);
            StatusChangeRow r = new StatusChangeRow();
            r.fromStatus = change.from() == null ? null : change.from().name();
            r.toStatus = change.to().name();
            r.changedAt = utc(change.at());
            r.actor = change.actor();
            r.reason = change.reason();
            e.history.add(r);
        }
    }

    static StoredClaim toStored(ClaimEntity e) {
        Patient patient = new Patient(new PatientId(UUID.fromString(e.patientId)), e.patientFirstName,
                e.patientLastName, e.patientBirthDate, sex(e.patientSex),
                new Address(e.patientLine1, e.patientLine2, e.patientCity, e.patientState, e.patientZip));
        Subscriber subscriber = new Subscriber(e.subscriberFirstName, e.subscriberLastName, e.subscriberBirthDate,
                sex(e.subscriberSex),
                new Address(e.subscriberLine1, e.subscriberLine2, e.subscriberCity, e.subscriberState,
                        e.subscriberZip), e.memberId, e.groupNumber);
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (String code : e.diagnoses) {
            diagnoses.add(new Diagnosis(code));
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (ServiceLineRow r : e.serviceLines) {
            List<Integer> pointers = new ArrayList<>();
            if (!r.diagnosisPointers.isEmpty()) {
                for (String p : r.diagnosisPointers.split(" ")) {
                    pointers.add(Integer.valueOf(p));
                }
            }
            lines.add(new ServiceLine(r.lineControlNumber, r.procedureCode, split(r.modifiers), r.charge,
                    new BigDecimal(r.units), r.serviceFrom, r.serviceTo, pointers, r.ndc, r.ndcQualifier,
                    r.revenueCode));
        }
        Claim claim = new Claim(new ClaimId(UUID.fromString(e.id)), PracticeId.parse(e.practiceId),
                ClaimType.valueOf(e.claimType), e.patientControlNumber, e.totalCharge, e.placeOfService,
                e.typeOfBill, e.frequencyCode, e.originalClaimNumber, diagnoses, e.onsetDate, e.accidentDate,
                e.admissionDate,
                new BillingProvider(e.bpName, e.bpNpi, e.bpTaxonomy, e.bpTaxId,
                        new Address(e.bpLine1, e.bpLine2, e.bpCity, e.bpState, e.bpZip), e.bpPhone),
                e.renderingNpi, patient, subscriber, e.relationshipCode, new PayerId(e.payerId),
                CoveragePriority.valueOf(e.priority), lines);
        List<StatusChange> history = new ArrayList<>();
        for (StatusChangeRow r : e.history) {
            history.add(new StatusChange(r.fromStatus == null ? null : ClaimStatus.valueOf(r.fromStatus),
                    ClaimStatus.valueOf(r.toStatus), instant(r.changedAt), r.actor, r.reason));
        }
        ClaimLifecycle lifecycle = new ClaimLifecycle(claim.id(), ClaimFrequency.valueOf(e.frequency),
                e.originalClaimId == null ? null : new ClaimId(UUID.fromString(e.originalClaimId)), history);
        SubmissionFileId file = e.submissionFileId == null ? null
                : new SubmissionFileId(UUID.fromString(e.submissionFileId));
        PatientId patientRecord = e.patientRecordId == null ? null
                : new PatientId(UUID.fromString(e.patientRecordId.strip()));
        return new StoredClaim(claim, lifecycle, file, e.payerClaimNumber, patientRecord);
    }

    private static Sex sex(String code) {
        for (Sex s : Sex.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Sex.UNKNOWN;
    }

    static String join(List<String> items) {
        List<String> encoded = new ArrayList<>(items.size());
        for (String item : items) {
            // "~" marks an empty item: URLEncoder never produces it (it encodes "~" as %7E).
            encoded.add(item.isEmpty() ? "~" : URLEncoder.encode(item, StandardCharsets.UTF_8));
        }
        return String.join(" ", encoded);
    }

    static List<String> split(String joined) {
        List<String> items = new ArrayList<>();
        if (!joined.isEmpty()) {
            for (String part : joined.split(" ", -1)) {
                items.add(part.equals("~") ? "" : URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        return items;
    }
}
