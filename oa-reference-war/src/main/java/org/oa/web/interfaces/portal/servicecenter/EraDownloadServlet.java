package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.Eras;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Downloads an ERA of the signed-in user's practice only: {@code eras/<era id>.835} (the payer's 835 as received)
 * or {@code eras/<era id>.pdf} (its EOB as a PDF). Behind the portal access filter.
 */
@WebServlet(urlPatterns = "/service-center/eras/*")
public class EraDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String X12 = ".835";
    private static final String PDF = ".pdf";

    @Inject
    transient Eras eras;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = SignedInUser.inPortalOf(request);
        String path = request.getPathInfo();
        if (user == null || user.practiceId() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = path == null || path.indexOf('/', 1) >= 0 ? "" : path.substring(1);
        PracticeId practice;
        try {
            practice = user.practiceId();
        } catch (IllegalArgumentException malformed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (name.endsWith(X12)) {
            String id = name.substring(0, name.length() - X12.length());
            Optional<Eras.Era> era = eras.find(practice, id);
            Optional<Path> file = era.isEmpty() ? Optional.empty() : eras.file(practice, id);
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Downloads.sendText(response, file.get(), era.get().fileName());
        } else if (name.endsWith(PDF)) {
            Optional<Eras.Eob> eob = eras.eob(practice, name.substring(0, name.length() - PDF.length()));
            if (eob.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] pdf = eras.pdf(eob.get());
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + eob.get().era().pdfName() + "\"");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
