/** The court directory page and the court and case-type API. */
@NullMarked
package org.smartcourt.courts.web;

import org.jspecify.annotations.NullMarked;
