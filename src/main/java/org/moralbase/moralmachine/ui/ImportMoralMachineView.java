package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.dataimport.InputRefusedException;
import org.moralbase.dataimport.ui.LimitedUpload;
import org.moralbase.moralmachine.MoralMachineImport;
import org.moralbase.moralmachine.format.MalformedResponsesException;
import org.moralbase.study.ui.StudyPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a {@code SharedResponses.csv} (plain or .gz) as a human-baseline study. The upload streams to a
 * temporary file; the whole file is checked before anything is stored, and problems are shown by line.
 */
@Route("import/moral-machine")
@PageTitle("Import Moral Machine data · Moralbase")
@Menu(order = 20, title = "Import MM data")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class ImportMoralMachineView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportMoralMachineView.class);

    private final MoralMachineImport importer;
    private final TextField title = new TextField("Study title");
    private final Div outcome = new Div();
    private final Form<ImportTitle> form = new Form<>(ImportTitle.class)
            .text(title, "title", "Title")
            .otherwise(message -> error("Nothing was imported. " + message));

    ImportMoralMachineView(MoralMachineImport importer) {
        this.importer = importer;
        setId("mm-import-view");
        title.setWidth("30em");
        title.setPlaceholder("e.g. Awad 2018 human baseline");
        title.setId("import-title");
        outcome.setId("import-outcome");
        Upload upload = LimitedUpload.toTempFile(this::importFile, message -> {
                    outcome.removeAll();
                    error("Nothing was imported. " + message);
                })
                .component();
        upload.setAcceptedFileTypes(".csv", ".gz", "text/csv", "application/gzip");
        upload.setId("import-upload");
        add(
                new H2("Import Moral Machine responses"),
                new Paragraph("A SharedResponses.csv in the format of Awad et al.'s data release (all 41 columns,"
                        + " the two rows of a scenario one after the other; plain or gzip). It becomes a closed"
                        + " study with one participant per UserID, whose AMCEs can serve as a human baseline."),
                title,
                upload,
                outcome);
    }

    private void importFile(String fileName, Path file) {
        outcome.removeAll();
        try {
            Optional<ImportTitle> chosen = form.write();
            if (chosen.isEmpty()) {
                error("Nothing was imported: see the study title.");
                return;
            }
            String name = chosen.get().title() == null
                    ? "Imported: " + fileName
                    : chosen.get().title();
            MoralMachineImport.Summary s = importer.importFile(name, file, fileName);
            Paragraph done = new Paragraph("Imported " + s.answers() + " answers of " + s.participants()
                    + " participants into the study \"" + name + "\".");
            done.setId("import-done");
            outcome.add(
                    done,
                    new RouterLink("See its results", MoralMachineResultsView.class, StudyPages.params(s.studyId())));
        } catch (MalformedResponsesException | InputRefusedException e) {
            error("Nothing was imported. " + e.getMessage());
        } catch (IllegalArgumentException e) {
            form.refuse(e.getMessage());
        } catch (IOException e) {
            log.warn("Import of {} failed", fileName, e);
            error("Nothing was imported: the file could not be read (" + e.getMessage() + ").");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is removed by the system later
            }
        }
    }

    private void error(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("import-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.add(p);
    }
}
