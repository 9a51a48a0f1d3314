package org.oa.core.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of OA_CORE.SUBMISSION_INTERCHANGE: an interchange (sender, ISA13) a practice's file already carried. */
@Entity
@IdClass(SubmissionInterchangeEntity.Key.class)
@Table(name = "SUBMISSION_INTERCHANGE", schema = "OA_CORE")
public class SubmissionInterchangeEntity {

    @Id
    @Column(name = "PRACTICE_ID", length = 36)
    String practiceId;

    @Id
    @Column(name = "SENDER_ID", length = 80)
    String senderId;

    @Id
    @Column(name = "CONTROL_NUMBER", length = 20)
    String controlNumber;

    @Column(name = "FILE_ID", nullable = false, length = 36)
    String fileId;

    /** Primary key of {@link SubmissionInterchangeEntity}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String practiceId;
        String senderId;
        String controlNumber;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.practiceId, practiceId)
                    && Objects.equals(k.senderId, senderId) && Objects.equals(k.controlNumber, controlNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(practiceId, senderId, controlNumber);
        }
    }
}
