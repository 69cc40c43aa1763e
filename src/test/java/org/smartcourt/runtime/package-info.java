/** Tests of the node's runtime wiring. */
@NullMarked
package org.smartcourt.runtime;

import org.jspecify.annotations.NullMarked;
