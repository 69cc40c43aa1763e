/** The inbox API and page. */
@NullMarked
package org.smartcourt.notifications.web;

import org.jspecify.annotations.NullMarked;
