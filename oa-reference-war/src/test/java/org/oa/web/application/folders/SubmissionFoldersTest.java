package org.oa.web.application.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.web.infrastructure.payer.SyntheticClaims;

class SubmissionFoldersTest {

    private static SubmissionFile received(String name) {
        return SubmissionFile.received(SyntheticClaims.PRACTICE, name, SubmissionChannel.SFTP,
                Instant.parse("2026-11-27T08:00:00Z"), 1000);
    }

    @Test
    void filesSentUnderTheSameNameGetAcknowledgmentsThatNeverOverwriteEachOther() {
        SubmissionFile monday = received("claims.txt");
        SubmissionFile tuesday = received("claims.txt");
        assertThat(SubmissionFolders.ack999Name(monday)).isEqualTo(monday.id() + "_claims.txt_999.999")
                .isNotEqualTo(SubmissionFolders.ack999Name(tuesday));
        assertThat(SubmissionFolders.ta1Name(monday)).isEqualTo(monday.id() + "_claims.txt_TA1.ta1")
                .isNotEqualTo(SubmissionFolders.ta1Name(tuesday));
        assertThat(SubmissionFolders.fileSummaryName(monday)).isNotEqualTo(SubmissionFolders.fileSummaryName(tuesday));
        assertThat(SubmissionFolders.ack277caName(monday)).isNotEqualTo(SubmissionFolders.ack277caName(tuesday));
    }

    @Test
    void storesOnlyTheLastPathElementOfASubmittedNameInSafeCharacters() {
        assertThat(SubmissionFolders.safeName("C:\\billing\\out\\claims 11-27.txt")).isEqualTo("claims_11-27.txt");
        assertThat(SubmissionFolders.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SubmissionFolders.safeName("...")).isEqualTo("upload.txt");
        assertThat(SubmissionFolders.safeName(null)).isEqualTo("upload.txt");
    }
}
