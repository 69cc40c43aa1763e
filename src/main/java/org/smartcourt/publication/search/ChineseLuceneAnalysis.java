package org.smartcourt.publication.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;

/**
 * The Lucene backend's analyzer for Chinese text (docs/adr/0013-search-analysis.md): Unicode word boundaries, which
 * make every CJK character a token; full-width forms and case folded; then overlapping pairs of neighbouring CJK
 * characters. A CJK character without CJK neighbours stays alone; other words stay words.
 */
public class ChineseLuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PublishedJudgmentEntity.CHINESE).instance(new Pairs());
        context.analyzer(PublishedJudgmentEntity.CHINESE_CHARACTERS).instance(new Characters());
    }

    /** One token per CJK character: Unicode word boundaries make every CJK character a word of its own. */
    static final class Characters extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    }

    static final class Pairs extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String field) {
            var tokenizer = new StandardTokenizer();
            TokenStream tokens = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokens));
        }
    }
}
