package org.smartcourt.guidance.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One standard litigation-risk warning, as courts list them in their 诉讼风险提示书; its title and text are the
 * messages {@code guidance.tip.<id>.title} and {@code guidance.tip.<id>.text}, its articles are cited below it.
 */
public record Tip(String id, List<Article> articles) {

    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*");

    public Tip {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A tip id is lower-case words joined by hyphens: " + id);
        }
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("A tip cites at least one article: " + id);
        }
    }
}
