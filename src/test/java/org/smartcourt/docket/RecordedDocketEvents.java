package org.smartcourt.docket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every event the docket publishes, in order, for tests to look at. */
@Component
public class RecordedDocketEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getPackageName().equals(Docket.class.getPackageName())) {
            events.add(event);
        }
    }

    /** The simple class names of the events about this case, in the order they were published. */
    public List<String> about(CaseId caseId) {
        return events.stream()
                .filter(event -> event.toString().contains(caseId.toString()))
                .map(event -> event.getClass().getSimpleName())
                .toList();
    }
}
