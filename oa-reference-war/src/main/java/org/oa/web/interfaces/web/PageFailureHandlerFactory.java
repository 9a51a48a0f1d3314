package org.oa.web.interfaces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.oa.web.interfaces.portal.frame.AccessRefused;
import org.primefaces.csp.CspException;

/**
 * Turns three failures of a page request into answers a user can act on. A page bean that refuses the session
 * ({@link AccessRefused}, see {@code PortalPage}) gives the 403 page. A form whose view can no longer be restored (open too long, sent twice, or a made-up view state) is answered by
 * opening the same page afresh: nothing of the form is carried out, no error page is shown, and the access filter
 * sends a visitor whose session ended to the login page. The container's error-page mapping cannot do this,
 * because the exception reaches it wrapped. A form posted without PrimeFaces' CSP nonce gets 400 and a page that
 * says to open the page again, not the error page.
 */
public class PageFailureHandlerFactory extends ExceptionHandlerFactory {

    public PageFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                while (thrown != null && !(thrown instanceof ViewExpiredException)
                        && !(thrown instanceof AccessRefused) && !(thrown instanceof CspException)) {
                    thrown = thrown.getCause();
                }
                if (thrown instanceof CspException) {
                    events.remove();
                    refuseWithoutNonce(FacesContext.getCurrentInstance());
                } else if (thrown instanceof AccessRefused) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    try {
                        faces.getExternalContext().responseReset();
                        faces.getExternalContext().responseSendError(403, null);
                    } catch (IOException | IllegalStateException e) {
                        // Already committed: what was written stops here; the bean gave out nothing.
                    }
                    faces.responseComplete();
                } else if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext external = faces.getExternalContext();
                    try {
                        external.redirect(external.getRequestContextPath() + expired.getViewId());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        /**
         * A postback without the nonce that PrimeFaces' script adds to every form of a page (JavaScript switched off,
         * a copy of an old page, a program posting the form): PrimeFaces cannot render the answer under the page's
         * policy and throws. The user gets 400 and words instead of the error page, with a link to the page.
         */
        private static void refuseWithoutNonce(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            String page = faces.getViewRoot() == null ? "/" : faces.getViewRoot().getViewId();
            try {
                external.responseReset();
                external.setResponseStatus(400);
                external.setResponseContentType("text/html;charset=UTF-8");
                external.getResponseOutputWriter().write(NONCE_REFUSAL.replace("{page}",
                        external.getRequestContextPath() + page.replace("&", "&amp;").replace("\"", "&quot;")));
            } catch (IOException | IllegalStateException e) {
                // Already committed: the answer stops where it is.
            }
            faces.responseComplete();
        }
    }

    private static final String NONCE_REFUSAL = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
            + "<title>Please open the page again</title></head><body><h1>Please open the page again</h1>"
            + "<p>This form arrived without the security token that its page adds when it is sent from a browser with "
            + "JavaScript switched on, so it cannot be answered. Open the page again and send the form from there.</p>"
            + "<p><a href=\"{page}\">Open the page again</a></p><p><small>Code: CSP_NONCE</small></p></body></html>";
}
