package org.oa.web.interfaces.portal.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.web.application.practice.PracticeToday;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Today's date and the providers in the office today, for the staff portals' dashboards. */
@PortalPage({PortalSite.PRACTICE_MATE, PortalSite.EHR})
@Named("todayInOffice")
@RequestScoped
public class TodayInOffice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    @Inject
    PracticeToday practiceToday;

    private List<Row> rows;

    /** One provider's hours at one location today, as shown. */
    public record Row(String provider, String location, String hours) {
    }

    public String getToday() {
        return LocalDate.now().format(DAY);
    }

    /** The providers in the office today (the server's date: practices have no time zone of their own yet). */
    public List<Row> getRows() {
        if (rows == null) {
            rows = practiceToday.inOffice(SignedInUser.current().practiceId(), LocalDate.now()).stream()
                    .map(h -> new Row(h.provider(), h.location(), h.from().format(TIME) + " – " + h.to().format(TIME)))
                    .toList();
        }
        return rows;
    }
}
