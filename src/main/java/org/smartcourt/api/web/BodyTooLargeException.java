package org.smartcourt.api.web;

import java.io.IOException;

/** Thrown while reading a request body once it has passed the API's size limit. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
