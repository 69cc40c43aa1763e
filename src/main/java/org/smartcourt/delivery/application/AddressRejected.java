package org.smartcourt.delivery.application;

import java.util.Map;
import org.smartcourt.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** A service address form with problems, field by field (message keys). */
public final class AddressRejected extends ApiProblemException {

    private final Map<String, String> problems;

    AddressRejected(Map<String, String> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-service-address", "delivery.problem.address");
        this.problems = Map.copyOf(problems);
    }

    /** The message key of each field's problem. */
    public Map<String, String> problems() {
        return problems;
    }
}
