package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.AccountRef;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/**
 * Whom a study is shared with; its owner (or an admin) shares it with another researcher or takes it back, each
 * audited. Researchers it is shared with see the list, not the controls.
 */
final class SharingPanel extends VerticalLayout {

    private final StudyService studies;
    private final StudySummary study;
    private final boolean manages;
    private final HorizontalLayout list = new HorizontalLayout();

    SharingPanel(StudyService studies, StudySummary study) {
        this.studies = studies;
        this.study = study;
        this.manages = studies.manages(study);
        setId("study-sharing");
        setPadding(false);
        setSpacing(false);
        list.setId("study-shared-with");
        list.setAlignItems(Alignment.BASELINE);
        list.setWrap(true);
        add(list);
        if (manages) {
            TextField username = new TextField();
            username.setPlaceholder("username");
            username.setId("share-username");
            Form<ShareWith> sharing = new Form<>(ShareWith.class).text(username, "username", "Share with");
            Button share = new Button("Share");
            share.setId("share-study");
            sharing.submitOn(
                    share,
                    w -> {
                        studies.share(study.id(), w.username());
                        return w.username();
                    },
                    name -> {
                        Notices.success("Shared with " + name);
                        sharing.clear(username);
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
        List<AccountRef> with = studies.sharedWithAccounts(study.id());
        list.add(new Span(with.isEmpty() ? "Not shared with other researchers." : "Shared with:"));
        for (AccountRef account : with) {
            Span name = new Span(account.username());
            name.setId("shared-" + account.username());
            list.add(name);
            if (manages) {
                Button remove = new Button("Remove", e -> {
                    studies.unshare(study.id(), account.id());
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
