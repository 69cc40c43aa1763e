package org.smartcourt.filing.domain;

import org.jspecify.annotations.Nullable;

/**
 * The defendant's position on one claim item or fact element: {@code ADMIT}, {@code DENY} or {@code PARTLY}, with a
 * note (the reasons, or what part is admitted).
 */
public record Position(@Nullable String stance, @Nullable String note) {

    public Position {
        stance = Texts.trimmed(stance);
        note = Texts.trimmed(note);
    }

    String printed() {
        var word = switch (stance == null ? "" : stance) {
            case "ADMIT" -> "认可";
            case "DENY" -> "不认可";
            case "PARTLY" -> "部分认可";
            default -> "未表态";
        };
        return note == null ? word : word + "。" + note;
    }
}
