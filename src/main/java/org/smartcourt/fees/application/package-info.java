/** Use cases of the fees module: quoting a fee from the schedule in force. */
@NullMarked
package org.smartcourt.fees.application;

import org.jspecify.annotations.NullMarked;
