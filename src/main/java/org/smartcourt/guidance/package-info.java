/**
 * Litigation-risk guidance (诉讼风险评估, the "litigation risk account"): before suing, a person sees what a case of a
 * given type would cost, how long it may take by statute and by the platform's own record, whether the limitation
 * period still runs, the usual risks of that type of case, and what mediation would save. Nothing is stored.
 */
@ApplicationModule(allowedDependencies = {"shared", "courts", "docket", "fees"})
@NullMarked
package org.smartcourt.guidance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
