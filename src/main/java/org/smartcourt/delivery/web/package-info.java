/** The service pages for recipients, parties and court staff, and the service API. */
@NullMarked
package org.smartcourt.delivery.web;

import org.jspecify.annotations.NullMarked;
