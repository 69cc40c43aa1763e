package org.smartcourt.publication.persistence;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Conditional indexing: a withdrawn judgment disappears from the search (and from "similar judgments") because it is
 * not indexed at all, so that no query has to filter it out; withdrawing one removes it from the index.
 */
public class WithdrawnLeaveTheIndex implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("withdrawnOn");
        context.bridge(PublishedJudgmentEntity.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<PublishedJudgmentEntity> {

        @Override
        public void route(
                DocumentRoutes routes,
                Object entityIdentifier,
                PublishedJudgmentEntity judgment,
                RoutingBridgeRouteContext context) {
            if (judgment.getWithdrawnOn() == null) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes,
                Object entityIdentifier,
                PublishedJudgmentEntity judgment,
                RoutingBridgeRouteContext context) {
            routes.addRoute(); // wherever it is now, it was indexed on the one (default) route before
        }
    }
}
