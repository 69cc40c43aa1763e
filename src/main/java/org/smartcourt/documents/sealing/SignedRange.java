package org.smartcourt.documents.sealing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A signature's {@code /ByteRange [0 a b c]} read straight from the file's bytes, without trusting a PDF parser: the
 * signed bytes are {@code [0, a)} and {@code [b, b + c)}, and the gap {@code [a, b)} must be exactly the hex string
 * {@code <…>} of {@code /Contents}.
 */
record SignedRange(long start1, long length1, long start2, long length2) {

    private static final byte[] KEY = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    /** Every /ByteRange in the file; a range that cannot be read at all is empty. */
    static List<Optional<SignedRange>> findAll(byte[] pdf) {
        var found = new ArrayList<Optional<SignedRange>>();
        for (var at = indexOf(pdf, KEY, 0); at >= 0; at = indexOf(pdf, KEY, at + KEY.length)) {
            found.add(parse(pdf, at + KEY.length));
        }
        return found;
    }

    /** The signature covers every byte of the file but its own hex string, and the gap holds nothing else. */
    boolean coversWholeFile(byte[] pdf) {
        if (start1 != 0 || length1 <= 0 || start2 <= length1 || length2 < 0) {
            return false;
        }
        if (start2 + length2 != pdf.length) {
            return false;
        }
        if (pdf[(int) length1] != '<' || pdf[(int) start2 - 1] != '>') {
            return false;
        }
        for (var i = (int) length1 + 1; i < start2 - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return (start2 - length1 - 2) % 2 == 0;
    }

    byte[] signedBytes(byte[] pdf) {
        var signed = new byte[(int) (length1 + length2)];
        System.arraycopy(pdf, 0, signed, 0, (int) length1);
        System.arraycopy(pdf, (int) start2, signed, (int) length1, (int) length2);
        return signed;
    }

    /** The /Contents value: the CMS signature followed by zero padding. */
    byte[] contents(byte[] pdf) {
        var hex = new String(pdf, (int) length1 + 1, (int) (start2 - length1 - 2), StandardCharsets.US_ASCII);
        return HexFormat.of().parseHex(hex);
    }

    private static Optional<SignedRange> parse(byte[] pdf, int from) {
        var position = skipWhitespace(pdf, from);
        if (position >= pdf.length || pdf[position] != '[') {
            return Optional.empty();
        }
        var numbers = new long[4];
        position++;
        for (var n = 0; n < 4; n++) {
            position = skipWhitespace(pdf, position);
            var digits = 0;
            long value = 0;
            while (position < pdf.length && pdf[position] >= '0' && pdf[position] <= '9' && digits < 12) {
                value = value * 10 + (pdf[position] - '0');
                position++;
                digits++;
            }
            if (digits == 0) {
                return Optional.empty();
            }
            numbers[n] = value;
        }
        position = skipWhitespace(pdf, position);
        if (position >= pdf.length || pdf[position] != ']') {
            return Optional.empty();
        }
        if (numbers[2] > Integer.MAX_VALUE || numbers[3] > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new SignedRange(numbers[0], numbers[1], numbers[2], numbers[3]));
    }

    private static int skipWhitespace(byte[] pdf, int position) {
        while (position < pdf.length
                && (pdf[position] == ' '
                        || pdf[position] == '\n'
                        || pdf[position] == '\r'
                        || pdf[position] == '\t'
                        || pdf[position] == '\f'
                        || pdf[position] == 0)) {
            position++;
        }
        return position;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (var i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (var j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
