/** Controllers and model attributes of the web shell. */
@NullMarked
package org.smartcourt.portal.web;

import org.jspecify.annotations.NullMarked;
