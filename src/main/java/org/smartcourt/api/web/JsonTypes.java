package org.smartcourt.api.web;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The JSON type a Java type is read from, as named to API clients. */
final class JsonTypes {

    private JsonTypes() {}

    static String of(Class<?> type) {
        if (type.isEnum()) {
            return "enum";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == byte.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == Byte.class
                || type == BigInteger.class) {
            return "integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "object";
        }
        if (type == char.class || type.getName().startsWith("java.")) {
            // String, Character, dates, times, UUID, URI: all written as strings.
            return "string";
        }
        return "object";
    }

    static List<String> allowedValues(Class<?> type) {
        var constants = type.getEnumConstants();
        return constants == null
                ? List.of()
                : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    }
}
