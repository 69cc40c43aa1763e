/** The adapter from the docket's court-staff port to the identity module's staff directory. */
@NullMarked
package org.smartcourt.docket.staff;

import org.jspecify.annotations.NullMarked;
