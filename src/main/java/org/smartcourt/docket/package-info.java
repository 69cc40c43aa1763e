/**
 * The case file (docket): cases with their parties, numbers, judges, links and lifecycle, registration review, and
 * the timeline of every node disclosed to the parties. Other modules use the {@link org.smartcourt.docket.Docket}
 * façade and listen to its events.
 */
@ApplicationModule(allowedDependencies = {"shared", "courts", "audit", "identity"})
@NullMarked
package org.smartcourt.docket;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
