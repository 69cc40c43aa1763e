/**
 * Conventions every REST endpoint shares: RFC 9457 problem details, request size limits and {@code Idempotency-Key}
 * replay; {@link org.smartcourt.api.ProblemResponses} and {@link org.smartcourt.api.ApiProblemException} are for other
 * modules.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.smartcourt.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
