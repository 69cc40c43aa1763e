/** Runtime wiring of one platform node: data directory, embedded PostgreSQL and the clock. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.smartcourt.runtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
