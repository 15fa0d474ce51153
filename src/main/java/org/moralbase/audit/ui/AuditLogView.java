package org.moralbase.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;

/** Admins read who did what, when; newest first, loaded page by page. */
@Route("admin/audit")
@PageTitle("Audit log · Moralbase")
@Menu(order = 90, title = "Audit log")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    AuditLogView(AuditService audit) {
        setId("audit-log");
        ComboBox<AuditAction> filter = new ComboBox<>("Action");
        filter.setItems(AuditAction.values());
        filter.setItemLabelGenerator(AuditAction::label);
        filter.setClearButtonVisible(true);
        filter.setId("audit-filter");

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        Grids.readable(grid);
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader("When (UTC)").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.action().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditWords::on).setHeader("On").setAutoWidth(true);
        grid.addColumn(AuditWords::detail).setHeader("Detail").setWidth("16em").setFlexGrow(1);
        Runnable load = () ->
                grid.setItems(query -> audit.list(filter.getValue(), query.getOffset(), query.getLimit()).stream());
        filter.addValueChangeListener(e -> load.run());
        load.run();

        add(new H2("Audit log"), filter, grid);
        setSizeFull();
    }
}
