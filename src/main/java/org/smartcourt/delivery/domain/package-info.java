/** The rules of service: addresses and consent, channels, when service takes effect and which periods it starts. */
@NullMarked
package org.smartcourt.delivery.domain;

import org.jspecify.annotations.NullMarked;
