package org.oa.core.payer;

import org.oa.core.identifier.MemberId;

/** A payer's member ID format, checked by the front-end edit {@code MEMBER_ID_PAYER_FORMAT}. */
public enum MemberIdFormat {
    /** Any member ID the card shows. */
    ANY,
    /** The Medicare Beneficiary Identifier, see {@link MemberId#isMedicareMbi(String)}. */
    MEDICARE_MBI;

    /** Returns true when {@code memberId} has this format. */
    public boolean accepts(String memberId) {
        return switch (this) {
            case ANY -> memberId != null && !memberId.isEmpty();
            case MEDICARE_MBI -> MemberId.isMedicareMbi(memberId);
        };
    }
}
