package org.oa.web.interfaces.portal.admin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oa.web.application.practice.PracticeAdministration;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * The practice's audit trail as a CSV download ({@code ?user=}, {@code ?patient=} and {@code ?action=} narrow it;
 * the last column is the patient's ID). Behind the
 * access filter, which admits practice administrators only.
 */
@WebServlet(urlPatterns = {"/service-center/audit.csv", "/practice-mate/audit.csv"})
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeAdministration administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = SignedInUser.inPortalOf(request);
        if (user == null || !user.administrator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Collect first: criteria that cannot be read are a 400, not a half-written download.
        StringBuilder csv = new StringBuilder();
        try {
            PracticeAdministration.AuditFilter filter = PracticeAdministration.AuditFilter.parse(
                    request.getParameter("user"), request.getParameter("patient"), request.getParameter("action"),
                    request.getParameter("from"), request.getParameter("to"));
            administration.exportCsv(user.practiceId().value(), filter, csv);
        } catch (IllegalArgumentException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, unreadable.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().append(csv);
    }
}
