/** The append-only, hash-chained log of who did and who read what, and its verifier. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.smartcourt.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
