/** Anonymisation of judgments (隐名处理) under the 2016 publication rule and the 2024 practice; no Spring. */
@NullMarked
package org.smartcourt.publication.anonymisation;

import org.jspecify.annotations.NullMarked;
