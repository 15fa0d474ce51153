package org.moralbase.webhooks.ui;

import java.util.List;
import org.moralbase.study.StudyPage;
import org.moralbase.study.StudyPagesOfEveryKind;
import org.springframework.stereotype.Component;

/** Every study, whatever its kind, has a Webhooks page ({@link WebhooksView}). */
@Component
class WebhookPages implements StudyPagesOfEveryKind {

    @Override
    public List<StudyPage> pages() {
        return List.of(StudyPage.of("webhooks", "Webhooks", WebhooksView.class));
    }
}
