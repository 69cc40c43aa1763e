package org.smartcourt.publication.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statute articles a judgment cites, as {@code 《中华人民共和国刑法》第二百六十四条}: one entry per law and article,
 * in order of first citation, paragraphs and items dropped so that every citation of an article links together.
 */
public final class CitedArticles {

    private static final String NUMERAL = "[零〇一二三四五六七八九十百千]+";

    // 《law》 followed by a run of article references: 第二百六十四条、第五十二条第一款第（三）项及第六十四条
    private static final Pattern CITATION = Pattern.compile("《([^《》]{2,40})》((?:(?:第" + NUMERAL + "条(?:之" + NUMERAL
            + ")?(?:第" + NUMERAL + "款)?(?:第[（(]?" + NUMERAL + "[）)]?项)?)[、，,和及以与]?)+)");

    private static final Pattern ARTICLE = Pattern.compile("第(" + NUMERAL + ")条(之" + NUMERAL + ")?");

    // Courts often cite the Criminal Law and the Criminal Procedure Law by their short names.
    private static final List<String[]> SHORT_NAMES = List.of(
            new String[] {"刑法", "中华人民共和国刑法"},
            new String[] {"刑事诉讼法", "中华人民共和国刑事诉讼法"},
            new String[] {"民法典", "中华人民共和国民法典"},
            new String[] {"民事诉讼法", "中华人民共和国民事诉讼法"},
            new String[] {"行政诉讼法", "中华人民共和国行政诉讼法"});

    private CitedArticles() {}

    public static List<String> in(String text) {
        var found = new LinkedHashSet<String>();
        var citations = CITATION.matcher(text);
        while (citations.find()) {
            var law = fullName(citations.group(1).strip());
            var articles = ARTICLE.matcher(citations.group(2));
            while (articles.find()) {
                var suffix = articles.group(2) == null ? "" : articles.group(2);
                found.add("《" + law + "》第" + articles.group(1) + "条" + suffix);
            }
        }
        return new ArrayList<>(found);
    }

    private static String fullName(String law) {
        for (var names : SHORT_NAMES) {
            if (names[0].equals(law)) {
                return names[1];
            }
        }
        return law;
    }
}
