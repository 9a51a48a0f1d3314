package org.oa.core.internal.imports;

import java.time.LocalDate;

import org.oa.core.contact.Address;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.Sex;

/**
 * The values of one valid import row, checked and normalised (phones as ten digits, ZIP without hyphen, state in
 * upper case). PHI: {@link #toString()} shows only the row number. Immutable.
 *
 * @param row           the row number (header 1)
 * @param externalId    the previous system's ID
 * @param accountNumber the account number asked for, or null to keep or assign one
 * @param name          the patient's name
 * @param birthDate     date of birth
 * @param sex           sex, UNKNOWN when blank
 * @param address       address, empty parts when blank
 * @param homePhone     ten digits or null
 * @param mobilePhone   ten digits or null
 * @param email         e-mail, empty when blank
 * @param coverage      the primary coverage, or null when the row has no payer
 */
public record ImportRow(int row, ExternalId externalId, AccountNumber accountNumber, PersonName name,
                        LocalDate birthDate, Sex sex, Address address, String homePhone, String mobilePhone,
                        String email, CoverageValues coverage) {

    /**
     * The primary coverage of a row.
     *
     * @param payerId             on the payer list
     * @param memberId            member ID
     * @param groupNumber         group number, empty when blank
     * @param relationship        the patient's relationship to the subscriber
     * @param subscriberName      the subscriber's name unless self (then null)
     * @param subscriberBirthDate the subscriber's birth date or null
     * @param subscriberSex       the subscriber's sex
     */
    public record CoverageValues(PayerId payerId, MemberId memberId, String groupNumber,
                                 PatientRelationship relationship, PersonName subscriberName,
                                 LocalDate subscriberBirthDate, Sex subscriberSex) {
        @Override
        public String toString() {
            return "CoverageValues[payerId=" + payerId + "]";
        }
    }

    @Override
    public String toString() {
        return "ImportRow[row=" + row + "]";
    }
}
