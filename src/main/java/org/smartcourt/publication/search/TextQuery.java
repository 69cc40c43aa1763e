package org.smartcourt.publication.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the words of a query ask for, as substrings of the judgments' text. Every term is required (or, with a
 * leading -, excluded). A quoted phrase must occur as typed. An unquoted word that the dictionary splits into words
 * of two or more characters (盗窃手机: 盗窃 and 手机) requires each of them anywhere in the judgment, the whole of it
 * counting only for relevance; any other word (如实供述, 渝0103, a single character) must occur as typed.
 */
record TextQuery(List<Clause> clauses) {

    /**
     * One term of the query.
     *
     * @param required the substrings that must all occur (one, unless the word was split)
     * @param whole the term as typed, when it was split: judgments containing it rank higher
     * @param excluded whether judgments matching the clause are left out instead
     */
    record Clause(List<String> required, String whole, boolean excluded) {

        boolean split() {
            return required.size() > 1;
        }
    }

    static TextQuery of(String text) {
        var clauses = new ArrayList<Clause>();
        for (var term : QueryTerms.parse(text)) {
            var required = term.phrase() ? List.of(term.text()) : pieces(term.text());
            clauses.add(new Clause(required, term.text(), term.excluded()));
        }
        return new TextQuery(List.copyOf(clauses));
    }

    private static List<String> pieces(String term) {
        var words = QueryWords.of(term);
        if (words.size() < 2 || words.stream().anyMatch(word -> word.codePointCount(0, word.length()) < 2)) {
            return List.of(term);
        }
        return words;
    }

    /** Whether the query asks for words (not only excludes some): then its matches have a relevance to rank by. */
    boolean ranks() {
        return clauses.stream().anyMatch(clause -> !clause.excluded());
    }

    /** The substrings a snippet marks: those the judgment was found for, not the excluded ones. */
    List<String> highlights() {
        var highlights = new LinkedHashSet<String>();
        for (var clause : clauses) {
            if (!clause.excluded()) {
                if (clause.split()) {
                    highlights.add(clause.whole());
                }
                highlights.addAll(clause.required());
            }
        }
        return List.copyOf(highlights);
    }
}
