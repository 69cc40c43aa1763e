package org.smartcourt.publication.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;

/**
 * The OpenSearch backend's analyzer for Chinese text: the same smartcn segmentation, provided on the cluster by the
 * {@code analysis-smartcn} plugin ({@code bin/opensearch-plugin install analysis-smartcn}); bigrams by the built-in
 * {@code cjk} analyzer.
 */
public class ChineseOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PublishedJudgmentEntity.CHINESE).type("smartcn");
        context.analyzer(PublishedJudgmentEntity.CHINESE_BIGRAM).type("cjk");
    }
}
