/** Accounts, real-name verification, roles scoped to courts, second factor, lawyers and API tokens. */
@ApplicationModule(allowedDependencies = {"shared", "audit", "api"})
@NullMarked
package org.smartcourt.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
