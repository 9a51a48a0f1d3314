package org.oa.core.internal.persistence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Row of OA_CORE.FILE_SUMMARY_CLAIM with its problems (FILE_SUMMARY_PROBLEM ordered by SEQ). */
@Entity
@IdClass(FileSummaryClaimEntity.Key.class)
@Table(name = "FILE_SUMMARY_CLAIM", schema = "OA_CORE")
public class FileSummaryClaimEntity {

    @Id
    @Column(name = "FILE_ID", length = 36)
    String fileId;

    @Id
    @Column(name = "POSITION")
    int position;

    @Column(name = "CLAIM_ID", length = 36)
    String claimId;

    @Column(name = "PATIENT_CONTROL_NUMBER", nullable = false)
    String patientControlNumber;

    @Column(name = "TOTAL_CHARGE", nullable = false, precision = 18, scale = 2)
    BigDecimal totalCharge;

    @Column(name = "ACCEPTED", nullable = false)
    short accepted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "FILE_SUMMARY_PROBLEM", schema = "OA_CORE", joinColumns = {
            @JoinColumn(name = "FILE_ID", referencedColumnName = "FILE_ID"),
            @JoinColumn(name = "POSITION", referencedColumnName = "POSITION")})
    @OrderColumn(name = "SEQ")
    List<ProblemRow> problems = new ArrayList<>();

    /** Primary key of {@link FileSummaryClaimEntity}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String fileId;
        int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.fileId, fileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileId, position);
        }
    }
}
