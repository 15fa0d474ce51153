package org.moralbase.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every registered {@link StudyKind}, in the order researchers are offered them (the beans' {@code @Order}). A
 * study whose kind is not registered (a module removed) is still listed, but cannot be opened or asked.
 */
@Component
public class StudyKinds {

    // looked up on first use: the kinds' own services depend on the study service, which depends on this
    private final ObjectProvider<StudyKind> kinds;
    private volatile Map<String, StudyKind> byId;

    StudyKinds(ObjectProvider<StudyKind> kinds) {
        this.kinds = kinds;
    }

    /** Checks the registered kinds once the application has started: ids well formed and unique. */
    @EventListener(ContextRefreshedEvent.class)
    void check() {
        byId();
    }

    private Map<String, StudyKind> byId() {
        Map<String, StudyKind> known = byId;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (StudyKind kind : kinds.orderedStream().toList()) {
                if (!kind.id().matches("[A-Z][A-Z0-9_]{1,29}")) {
                    throw new IllegalStateException("study kind id '" + kind.id() + "': upper case, digits, '_'");
                }
                if (known.putIfAbsent(kind.id(), kind) != null) {
                    throw new IllegalStateException("two study kinds with the id " + kind.id());
                }
            }
            byId = known;
        }
        return known;
    }

    /** Every kind, in order. */
    public List<StudyKind> all() {
        return List.copyOf(byId().values());
    }

    /** The kind with this id, if it is registered. */
    public Optional<StudyKind> find(String id) {
        return Optional.ofNullable(id).map(byId()::get);
    }

    /** The name researchers see for this id (the id itself when the kind is not registered). */
    public String label(String id) {
        return find(id).map(StudyKind::label).orElse(id);
    }
}
