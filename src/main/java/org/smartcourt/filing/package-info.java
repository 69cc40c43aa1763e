/**
 * Online filing: element-based pleadings (要素式起诉状 and 答辩状) described by versioned schemas, drafts that a filer
 * completes step by step, one-click complaint PDFs, attachments, and submission of a filing to the docket.
 */
@ApplicationModule(allowedDependencies = {"shared", "courts", "docket", "documents", "identity", "audit", "api"})
@NullMarked
package org.smartcourt.filing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
