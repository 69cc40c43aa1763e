/** Browser journeys: what a person does in Chromium, checked for accessibility on every page. */
@NullMarked
package org.smartcourt.journeys;

import org.jspecify.annotations.NullMarked;
