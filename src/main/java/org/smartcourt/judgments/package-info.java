/**
 * The decisions of a case — judgments, rulings, payment orders, mediation statements and decisions — as issued, and
 * when each takes legal effect: on the lapse of its appeal period, on service when final, or with the second instance
 * when appealed. Publishes {@link org.smartcourt.judgments.DocumentTookEffect}; other modules record issued decisions
 * through the {@link org.smartcourt.judgments.Judgments} façade, clerks enter the ones drafted outside the platform.
 */
@ApplicationModule(allowedDependencies = {"shared", "docket", "documents", "audit", "identity", "api"})
@NullMarked
package org.smartcourt.judgments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
