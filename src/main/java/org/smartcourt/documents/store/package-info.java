/** Where document bytes live: the local file system or S3-compatible object storage. */
@NullMarked
package org.smartcourt.documents.store;

import org.jspecify.annotations.NullMarked;
