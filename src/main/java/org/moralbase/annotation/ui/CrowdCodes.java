package org.moralbase.annotation.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.moralbase.annotation.CrowdLinkService;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;

/** A crowd link's platform and codes, as the crowd panel asks them (public: the form's binder builds it). */
public record CrowdCodes(
        @NotNull(message = CrowdLinkService.PLATFORM_RULE) Recruitment platform,

        @Pattern(regexp = RecruitmentSettings.CODE, message = RecruitmentSettings.COMPLETION)
        String completionCode,

        @Pattern(regexp = RecruitmentSettings.CODE, message = RecruitmentSettings.SCREEN_OUT)
        String screenOutCode) {}
