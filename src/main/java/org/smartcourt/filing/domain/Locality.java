package org.smartcourt.filing.domain;

import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The prefecture and the county-level division (district, county, banner or county-level city) named at the start of
 * a Chinese address, e.g. 山东省济南市历下区泉城路1号 → 济南市, 历下区. A heuristic: it reads the administrative
 * suffixes (省, 市, 区, 县…) in order and stops at the first part that has none; it knows no list of place names, so
 * a street called 某某区路 or an address without a county is not understood.
 */
public record Locality(@Nullable String prefecture, String county) {

    private static final Pattern DIVISION = Pattern.compile("(\\p{IsHan}+?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗))");

    public static Optional<Locality> of(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        var text = address.strip().replaceAll("\\s+", "");
        var matcher = DIVISION.matcher(text);
        var parts = new ArrayList<String>();
        var position = 0;
        while (parts.size() < 4 && matcher.find(position)) {
            if (matcher.start() != position) {
                break;
            }
            var part = matcher.group(1);
            position = matcher.end();
            // 杭州市, 胶州市: the shortest match stops at 州, which is a suffix too.
            if (part.endsWith("州") && text.startsWith("市", position)) {
                part = part + "市";
                position++;
            }
            parts.add(part);
        }
        String prefecture = null;
        for (var i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            var countyLevel = part.endsWith("区") && !part.endsWith("自治区") && !part.endsWith("地区")
                    || part.endsWith("县")
                    || part.endsWith("旗")
                    || part.endsWith("市") && prefecture != null;
            if (countyLevel) {
                return Optional.of(new Locality(prefecture, part));
            }
            if (part.endsWith("市") || part.endsWith("州") || part.endsWith("盟") || part.endsWith("地区")) {
                prefecture = part;
            }
        }
        return Optional.empty();
    }
}
