package org.moralbase.annotation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What of an item's source metadata a project's annotators see ({@link MetadataShown}); the researcher chooses. */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ItemMetadataService {

    private final AnnotationItemRepository items;
    private final ProjectAccess access;
    private final AuditService audit;

    ItemMetadataService(AnnotationItemRepository items, ProjectAccess access, AuditService audit) {
        this.items = items;
        this.access = access;
        this.audit = audit;
    }

    /** What the project shows now. */
    @Transactional(readOnly = true)
    public MetadataShown shown(long projectId) {
        AnnotationProject p = access.managed(projectId);
        return MetadataShown.of(p.getMetadataShown(), p.getMetadataFields());
    }

    /** The metadata fields the project's items carry, in first-seen order, without the gold answers. */
    @Transactional(readOnly = true)
    public List<String> fields(long projectId) {
        access.managed(projectId);
        Set<String> keys = new LinkedHashSet<>();
        for (AnnotationItem item : items.findByProjectIdOrderById(projectId)) {
            keys.addAll(MetadataJson.read(item.getMetadata()).keySet());
        }
        keys.removeIf(k -> k.startsWith(ItemImportService.GOLD_PREFIX));
        return List.copyOf(keys);
    }

    /** Chooses what annotators see from the next item they open. */
    @Transactional
    public MetadataShown show(long projectId, MetadataShown shown) {
        AnnotationProject p = access.managed(projectId);
        p.showMetadata(shown.mode().name(), shown.storedFields());
        audit.record(
                AuditAction.STUDY_UPDATED,
                AnnotationProjectService.TARGET,
                projectId,
                "metadata shown: " + shown.mode() + (shown.fields().isEmpty() ? "" : " " + shown.fields()));
        return shown;
    }
}
