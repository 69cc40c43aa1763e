package org.smartcourt.notifications.domain;

import java.util.List;
import java.util.regex.Pattern;

/** A text stored as a message code and its arguments, put into words only when someone reads it. */
public record MessageText(String code, List<String> arguments) {

    private static final Pattern MESSAGE_CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    public MessageText {
        if (code == null || !MESSAGE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a message code: " + code);
        }
        arguments = List.copyOf(arguments);
    }

    public static MessageText of(String code, String... arguments) {
        return new MessageText(code, List.of(arguments));
    }
}
