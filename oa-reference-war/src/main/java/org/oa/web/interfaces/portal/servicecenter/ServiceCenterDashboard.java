package org.oa.web.interfaces.portal.servicecenter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFile;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.application.clearinghouse.ClaimWork;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;

/** Backs the Service Center dashboard: today's files and the claims that need the biller's attention. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterDashboard")
@RequestScoped
public class ServiceCenterDashboard {

    @Inject
    ClaimSubmissions submissions;

    @Inject
    ClaimWork claimWork;

    private Map<ClaimStatus, Long> counts;

    private Map<ClaimStatus, Long> counts() {
        if (counts == null) {
            counts = claimWork.countByStatus(practice());
        }
        return counts;
    }

    /** Claims rejected by the front-end edits or by a payer: they wait for Claim Fix. */
    public long getNeedingAttention() {
        return counts().getOrDefault(ClaimStatus.REJECTED, 0L) + counts().getOrDefault(ClaimStatus.PAYER_REJECTED, 0L)
                + counts().getOrDefault(ClaimStatus.CORRECTED, 0L);
    }

    public long getWithPayers() {
        return counts().getOrDefault(ClaimStatus.ACCEPTED, 0L) + counts().getOrDefault(ClaimStatus.SENT_TO_PAYER, 0L)
                + counts().getOrDefault(ClaimStatus.ACKNOWLEDGED, 0L);
    }

    public long getPaid() {
        return counts().getOrDefault(ClaimStatus.PAID, 0L) + counts().getOrDefault(ClaimStatus.PARTIALLY_PAID, 0L);
    }

    /** Files received today (UTC). */
    public List<SubmissionFile> getTodaysFiles() {
        Instant startOfDay = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        return submissions.recent(practice(), 50).stream().filter(f -> !f.receivedAt().isBefore(startOfDay))
                .toList();
    }

    private static PracticeId practice() {
        return ClaimFormPage.practice();
    }
}
