package org.moralbase.models;

import java.util.List;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who sees a registered model (decision 0038): its owner, admins, and the researchers it was shared with on
 * purpose. To anybody else it does not exist ("not found").
 */
@Component
class ModelAccess {

    private final RegisteredModelRepository models;
    private final CurrentUser currentUser;

    ModelAccess(RegisteredModelRepository models, CurrentUser currentUser) {
        this.models = models;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in account sees the model. */
    public boolean sees(RegisteredModel model) {
        return currentUser.isAdmin() || model.isVisibleTo(currentUser.requireId());
    }

    /** The model, if the signed-in account sees it. */
    public RegisteredModel visible(long id) {
        return models.findById(id).filter(this::sees).orElseThrow(() -> new ModelNotFoundException("model", id));
    }

    /** The models the signed-in account sees, by name. */
    public List<RegisteredModel> page(Pageable page) {
        return currentUser.isAdmin()
                ? models.findAllByOrderByNameAsc(page)
                : models.findVisibleTo(currentUser.requireId(), page);
    }

    /** Whether the signed-in account manages the model: its owner, or an admin. */
    public boolean manages(RegisteredModel model) {
        return currentUser.isAdmin() || model.getOwnerId() == currentUser.requireId();
    }
}
