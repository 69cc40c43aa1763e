/** The use cases of service: serving, sending, recording what recipients do, post, public notice and certificates. */
@NullMarked
package org.smartcourt.delivery.application;

import org.jspecify.annotations.NullMarked;
