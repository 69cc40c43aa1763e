/** The rules of a risk assessment: limitation periods, trial time limits, case types and their risks. */
@NullMarked
package org.smartcourt.guidance.domain;

import org.jspecify.annotations.NullMarked;
