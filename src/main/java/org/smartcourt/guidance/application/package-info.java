/** The risk assessment as a use case: fees from the fee engine, statistics from the docket, rules from the domain. */
@NullMarked
package org.smartcourt.guidance.application;

import org.jspecify.annotations.NullMarked;
