package org.smartcourt.fees;

import java.util.Locale;
import java.util.Set;

/**
 * The fee engine behind the public fee calculator, for other modules: quotes a fee from the schedule in force today,
 * with its breakdown and legal basis in the reader's language, and records nothing.
 */
public interface FeeQuotes {

    /**
     * The fee for the question, in the language of {@code locale} (Simplified Chinese unless English).
     *
     * @throws org.springframework.web.ErrorResponseException with status 400 when the engine cannot quote the facts
     *     (the problem's detail is a message of the fees bundle)
     */
    FeeQuote quote(FeeQuestion question, Locale locale);

    /** The provinces whose own amounts the schedule holds ({@code 鲁}); other provinces are quoted with the default. */
    Set<String> provinces();
}
