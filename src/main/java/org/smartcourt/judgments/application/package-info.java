/** Use cases of the judgments module: recording decisions, settling their effect, letting clerks enter them. */
@NullMarked
package org.smartcourt.judgments.application;

import org.jspecify.annotations.NullMarked;
