package org.moralbase.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Whom something is shared with (a study, a model); its owner (or an admin) shares it with another researcher by
 * username or takes it back, the service auditing each. Researchers it is shared with see the list, not the controls.
 * Element ids: {@code <what>-sharing}, {@code <what>-shared-with}, {@code share-username}, {@code share-<what>},
 * {@code shared-<username>}, {@code unshare-<username>}.
 */
public final class SharingPanel extends VerticalLayout {

    /** An account it is shared with. */
    public record Sharee(long id, String username) {}

    /** What the panel asks of the thing's service. */
    public interface Sharing {
        List<Sharee> sharedWith();

        void share(String username);

        void unshare(long accountId);
    }

    /** The share form's one field (public: the form's binder builds it). */
    public record ShareWith(
            @NotBlank(message = "Share with: a researcher's username")
            String username) {}

    private final Sharing sharing;
    private final boolean manages;
    private final String nothing;
    private final HorizontalLayout list = new HorizontalLayout();

    /**
     * @param what the element id prefix, e.g. {@code study}
     * @param nothing what the list says when it is shared with nobody
     * @param manages whether the signed-in account may share and unshare
     */
    public SharingPanel(String what, String nothing, boolean manages, Sharing sharing) {
        this.sharing = sharing;
        this.manages = manages;
        this.nothing = nothing;
        setId(what + "-sharing");
        setPadding(false);
        setSpacing(false);
        list.setId(what + "-shared-with");
        list.setAlignItems(Alignment.BASELINE);
        list.setWrap(true);
        add(list);
        if (manages) {
            TextField username = new TextField();
            username.setPlaceholder("username");
            username.setId("share-username");
            Form<ShareWith> form = new Form<>(ShareWith.class).text(username, "username", "Share with");
            Button share = new Button("Share");
            share.setId("share-" + what);
            form.submitOn(
                    share,
                    w -> {
                        sharing.share(w.username());
                        return w.username();
                    },
                    name -> {
                        Notices.success("Shared with " + name);
                        form.clear(username);
                        refresh();
                    });
            HorizontalLayout row = new HorizontalLayout(username, share);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Sharee> with = sharing.sharedWith();
        list.add(new Span(with.isEmpty() ? nothing : "Shared with:"));
        for (Sharee account : with) {
            Span name = new Span(account.username());
            name.setId("shared-" + account.username());
            list.add(name);
            if (manages) {
                Button remove = new Button("Remove", e -> {
                    sharing.unshare(account.id());
                    Notices.success("No longer shared with " + account.username());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setId("unshare-" + account.username());
                list.add(remove);
            }
        }
    }
}
