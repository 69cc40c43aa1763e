package org.smartcourt.publication.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a query word into the words a reader sees in it, with smartcn's dictionary segmentation: 盗窃手机 is 盗窃 and
 * 手机. The words are substrings of what was typed (no stemming, no case folding: the index analyzer does that), and
 * only those with a letter or digit count. Segmentation runs on the query only: the index holds characters and
 * character pairs, which any segmentation can be matched against.
 */
final class QueryWords {

    private QueryWords() {}

    static List<String> of(String text) {
        var words = new ArrayList<String>();
        try (var tokenizer = new HMMChineseTokenizer()) {
            var offsets = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                var word = text.substring(offsets.startOffset(), offsets.endOffset());
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return words;
    }

    /** Whether the word is one CJK character: the pair fields cannot find it, the character fields can. */
    static boolean isSingleCharacter(String word) {
        if (word.codePointCount(0, word.length()) != 1) {
            return false;
        }
        var script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
