package org.moralbase.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a service's refusal on the field it is about. Services name the field at the start of their messages
 * ("Samples per item: 1 to 100"); a form registers its fields under those names, and the message is shown under
 * the field whose name starts it, or under the fallback field when none does.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final HasValidation fallback;

    /** Messages naming no registered field go to {@code fallback}. */
    public FieldErrors(HasValidation fallback) {
        this.fallback = fallback;
    }

    /** Registers a field under the name messages start with. */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Clears every mark. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        fallback.setInvalid(false);
    }

    /** Marks the field the message names (the fallback when none) and returns it. */
    public HasValidation show(String message) {
        clear();
        HasValidation target = fallback;
        for (Map.Entry<String, HasValidation> e : fields.entrySet()) {
            if (message.startsWith(e.getKey() + ":")) {
                target = e.getValue();
                break;
            }
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return target;
    }
}
