/** Reads the element schemas shipped as JSON under {@code filing/schemas/<type>/v<version>.json}. */
@NullMarked
package org.smartcourt.filing.schemas;

import org.jspecify.annotations.NullMarked;
