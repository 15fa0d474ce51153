package org.moralbase.dataimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.moralbase.dataimport.ImportException;

/** Every problem of a rejected import, one line each, as text. */
public class ImportProblems extends Div {

    public ImportProblems(String id) {
        setId(id);
    }

    public void show(String headline, Iterable<String> messages) {
        removeAll();
        UnorderedList list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        add(new Paragraph(headline), list);
    }

    public void show(ImportException e) {
        show(
                "Nothing was stored. Problems"
                        + (e.truncated() ? " (the first " + e.problems().size() + ")" : "") + ":",
                e.messages());
    }

    public void clear() {
        removeAll();
    }
}
