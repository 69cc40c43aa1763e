package org.smartcourt.publication.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;

/**
 * The OpenSearch backend's analyzer, the same as {@link ChineseLuceneAnalysis} with OpenSearch's built-in tokenizer
 * and filters (no plugin needed): {@code standard}, {@code cjk_width}, {@code lowercase}, {@code cjk_bigram}; the
 * characters field's analyzer is the {@code standard} tokenizer alone.
 */
public class ChineseOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PublishedJudgmentEntity.CHINESE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.analyzer(PublishedJudgmentEntity.CHINESE_CHARACTERS).custom().tokenizer("standard");
    }
}
