/** Exception handling, servlet filters and the OpenAPI description shared by every endpoint under {@code /api}. */
@NullMarked
package org.smartcourt.api.web;

import org.jspecify.annotations.NullMarked;
