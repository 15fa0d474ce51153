package org.moralbase.study;

import java.util.Optional;
import org.moralbase.study.domain.Study;
import org.moralbase.study.domain.StudyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups for participant pages, which need no account: by the study's public code only. */
@Service
public class PublicStudies {

    private final StudyRepository studies;

    PublicStudies(StudyRepository studies) {
        this.studies = studies;
    }

    /** The study behind a participant link, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<PublicStudy> byCode(String publicCode) {
        if (publicCode == null || !publicCode.matches("[a-z0-9]{4,32}")) {
            return Optional.empty();
        }
        return studies.findByPublicCode(publicCode).map(PublicStudies::toPublic);
    }

    /** The study with this id, for participant pages that already hold a session. */
    @Transactional(readOnly = true)
    public Optional<PublicStudy> byId(long id) {
        return studies.findById(id).map(PublicStudies::toPublic);
    }

    /**
     * The study's owner, for checks on the server only (a participant page asks the owner's model, under the owner's
     * key rules; decision 0037); never shown to a participant.
     */
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(long id) {
        return studies.findById(id).map(Study::getOwnerId);
    }

    private static PublicStudy toPublic(Study s) {
        return new PublicStudy(
                s.getId(),
                s.getPublicCode(),
                s.getKind(),
                s.getTitle(),
                s.getStatus(),
                s.getRecruitmentSettings(),
                s.getRandomSeed(),
                s.getSettings(),
                s.getCloseGraceMinutes(),
                s.getClosedAt());
    }
}
