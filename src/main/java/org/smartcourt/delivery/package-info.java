/**
 * Service of court documents (送达): parties' service addresses and consent, electronic service with legal proof
 * (certificates sealed by the court), postal and public-notice fallback, automatic service on registration, and the
 * periods that the date of service starts.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "api",
            "courts",
            "docket",
            "documents",
            "filing",
            "identity",
            "notifications"
        })
@NullMarked
package org.smartcourt.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
