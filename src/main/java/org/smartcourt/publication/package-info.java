/** Publication of judgments on the internet: the anonymiser that prepares a judgment for China Judgments Online. */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package org.smartcourt.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
