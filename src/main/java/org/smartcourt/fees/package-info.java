/**
 * Litigation costs under the Measures on the Payment of Litigation Costs (诉讼费用交纳办法): the fee schedule, fee
 * quotes and (later) payments, refunds and fee relief.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.smartcourt.fees;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
