/** The publication API: {@code POST /api/v1/publication/anonymize}. */
@NullMarked
package org.smartcourt.publication.web;

import org.jspecify.annotations.NullMarked;
