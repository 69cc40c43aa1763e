package org.smartcourt.publication.search;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;

/** The Lucene backend's analyzers for Chinese text: smartcn's word segmentation, and CJK bigrams. */
public class ChineseLuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PublishedJudgmentEntity.CHINESE).instance(new SmartChineseAnalyzer());
        context.analyzer(PublishedJudgmentEntity.CHINESE_BIGRAM).instance(new CJKAnalyzer());
    }
}
