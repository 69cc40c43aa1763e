/** The case aggregate, its lifecycle, the rules of registration and access, and the ports it needs. */
@NullMarked
package org.smartcourt.docket.domain;

import org.jspecify.annotations.NullMarked;
