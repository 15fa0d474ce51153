package org.moralbase.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationErrorHandler;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form over a record: a {@link BeanValidationBinder} whose fields are bound to the record's components, checked
 * by the components' Bean Validation annotations, and marked one by one. Every message names its field the way the
 * services do ("Title: 1–200 characters"); a service's refusal (an {@link IllegalArgumentException}) and a record
 * constructor's own check are put on the field whose name starts the message, and anything else goes to
 * {@link #otherwise}. The one way forms in Moralbase bind and show errors (docs/architecture.md, "Forms").
 *
 * @param <R> the record the form fills; public, with one constructor (Binder builds it by reflection)
 */
public final class Form<R extends Record> implements Serializable {

    private final Class<R> type;
    private final BeanValidationBinder<R> binder;
    private final Map<String, HasValue<?, ?>> byName = new LinkedHashMap<>();
    private final Map<HasValue<?, ?>, String> hints = new HashMap<>();
    private SerializableConsumer<String> otherwise = Form::notice;

    public Form(Class<R> type) {
        this.type = type;
        this.binder = new BeanValidationBinder<>(type);
        binder.setValidationErrorHandler(new Marks());
        // a text that must not be blank is as required as a value that must not be null
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(
                (annotation, binding) -> annotation.annotationType().equals(NotBlank.class)));
    }

    /** Binds a field to the component of the same name; refusals starting with the field's label land on it. */
    public Form<R> bind(HasValue<?, ?> field, String component) {
        return bind(field, component, labelOf(field));
    }

    /** Binds a field to a component; refusals starting with {@code name + ":"} land on it. */
    public <V> Form<R> bind(HasValue<?, V> field, String component, String name) {
        start(field, component, name).bind(component);
        return this;
    }

    /** Binds a text field: surrounding blanks are dropped, and an empty field is {@code null}. */
    public Form<R> text(HasValue<?, String> field, String component) {
        return text(field, component, labelOf(field));
    }

    /** Binds a text field under a name: surrounding blanks are dropped, and an empty field is {@code null}. */
    public Form<R> text(HasValue<?, String> field, String component, String name) {
        start(field, component, name)
                .withConverter(Form::blankToNull, v -> v == null ? "" : v)
                .bind(component);
        return this;
    }

    /** Binds a field whose value is shaped differently from the component (a set for a list, text for a list). */
    public <V, T> Form<R> convert(
            HasValue<?, V> field,
            String component,
            String name,
            SerializableFunction<V, T> toComponent,
            SerializableFunction<T, V> toField) {
        start(field, component, name).withConverter(toComponent, toField).bind(component);
        return this;
    }

    /**
     * A field that is no component of the record (e.g. a study kind's own run setting), checked and marked like the
     * others: {@code problem} returns the message for a bad value, or {@code null}.
     */
    public <V> Form<R> extra(HasValue<?, V> field, String name, SerializableFunction<V, String> problem) {
        remember(field, name, name + ": not a valid value");
        binder.forField(field)
                .withDefaultValidator(false) // the check given here is the one rule: unparsable input is null to it
                .withValidator((value, context) -> {
                    String p = problem.apply(value);
                    return p == null ? ValidationResult.ok() : ValidationResult.error(p);
                })
                .bind(r -> field.getValue(), null);
        return this;
    }

    /** Drops an extra field (its part of the form was replaced). */
    public void forget(HasValue<?, ?> field) {
        binder.removeBinding(field);
        hints.remove(field);
        byName.values().remove(field);
    }

    /** Where refusals that name no field of this form are shown (an error notice unless set). */
    public Form<R> otherwise(SerializableConsumer<String> show) {
        this.otherwise = show;
        return this;
    }

    /** Shows a record in the fields. */
    public void read(R record) {
        binder.readRecord(record);
    }

    /** Empties these fields for the next entry, without marking them as missing. */
    public void clear(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.clear();
            if (field instanceof HasValidation v) {
                v.setInvalid(false);
            }
        }
    }

    /** Makes every bound field read-only, or editable again. */
    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The record in the fields, or empty when a field is wrong; every wrong field is marked with its message. */
    public Optional<R> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException marked) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            refuse(constructorMessage(e));
            return Optional.empty();
        }
    }

    /**
     * Writes the record and hands it to {@code action} (a service call), then its result to {@code done}; a refusal
     * lands on its field. Returns whether the action went through.
     */
    public <T> boolean submit(SerializableFunction<R, T> action, SerializableConsumer<T> done) {
        Optional<R> record = write();
        if (record.isEmpty()) {
            return false;
        }
        T result;
        try {
            result = action.apply(record.get());
        } catch (IllegalArgumentException refused) {
            refuse(refused.getMessage());
            return false;
        }
        done.accept(result);
        return true;
    }

    /** Makes {@code button} submit the form, once per click ({@link Once}). */
    public <T> void submitOn(Button button, SerializableFunction<R, T> action, SerializableConsumer<T> done) {
        Once.onClick(button, () -> submit(action, done));
    }

    /** Marks the field a message names ("Name: another model is called X"), or shows it elsewhere. */
    public void refuse(String message) {
        String text = message == null ? "Not saved" : message;
        for (Map.Entry<String, HasValue<?, ?>> e : byName.entrySet()) {
            if (text.startsWith(e.getKey() + ":") && e.getValue() instanceof HasValidation v) {
                mark(v, text);
                return;
            }
        }
        otherwise.accept(text);
    }

    private <V> Binder.BindingBuilder<R, V> start(HasValue<?, V> field, String component, String name) {
        RecordComponent rc = component(component);
        remember(field, name, ruleOf(rc).orElse(name + ": not a valid value"));
        Binder.BindingBuilder<R, V> builder = binder.forField(field);
        if (rc.getType().isPrimitive() && field.getEmptyValue() == null) {
            // an empty number field cannot become an int: say what the component's own rule says
            builder = builder.asRequired(hints.get(field));
        }
        return builder;
    }

    private void remember(HasValue<?, ?> field, String name, String hint) {
        byName.put(name, field);
        hints.put(field, hint);
        if (field instanceof HasValidation v) {
            v.setManualValidation(true); // the binder alone decides what is marked
        }
    }

    private RecordComponent component(String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no component " + name));
    }

    // a field's own check (unparsable input, a range on the number field) has no words of ours: use the rule's
    private Optional<String> ruleOf(RecordComponent component) {
        Annotation[] annotations;
        try {
            // constraints declared on a component are kept on its field (they do not target record components)
            annotations = type.getDeclaredField(component.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                try {
                    String message =
                            (String) a.annotationType().getMethod("message").invoke(a);
                    if (!message.startsWith("{")) {
                        return Optional.of(message);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a constraint without a message: " + a, e);
                }
            }
        }
        return Optional.empty();
    }

    // Binder wraps what the record's constructor threw; its message names the field
    private static String constructorMessage(IllegalArgumentException e) {
        return e.getCause() instanceof InvocationTargetException ite && ite.getCause() != null
                ? ite.getCause().getMessage()
                : e.getMessage();
    }

    private static String labelOf(HasValue<?, ?> field) {
        if (field instanceof HasLabel l && l.getLabel() != null && !l.getLabel().isBlank()) {
            return l.getLabel();
        }
        throw new IllegalArgumentException("a field without a label needs a name: " + field);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void notice(String message) {
        Notices.error(message);
    }

    /** How the binder shows a field's error: the message, or the field's rule when the check has no words. */
    private final class Marks implements BinderValidationErrorHandler {

        @Override
        public void handleError(HasValue<?, ?> field, ValidationResult result) {
            if (field instanceof HasValidation v) {
                String message = result.getErrorMessage();
                mark(v, message == null || message.isBlank() ? hints.getOrDefault(field, "Not valid") : message);
            }
        }

        @Override
        public void clearError(HasValue<?, ?> field) {
            if (field instanceof HasValidation v) {
                v.setInvalid(false);
            }
        }
    }
}
