/** The public verification page and API. */
@NullMarked
package org.smartcourt.documents.web;

import org.jspecify.annotations.NullMarked;
