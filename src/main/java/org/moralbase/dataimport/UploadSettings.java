package org.moralbase.dataimport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sets {@link ImportLimits#withDefaults()} from the application properties {@code moralbase.upload.*}
 * (environment {@code MORALBASE_UPLOAD_MAX_BYTES}, {@code _MAX_INFLATED_BYTES}, {@code _MAX_ROWS},
 * {@code _MAX_FIELD_CHARS}) when the application starts.
 */
@Component
class UploadSettings {

    UploadSettings(
            @Value("${moralbase.upload.max-bytes:256MB}") DataSize maxBytes,
            @Value("${moralbase.upload.max-inflated-bytes:1GB}") DataSize maxInflatedBytes,
            @Value("${moralbase.upload.max-rows:200000}") int maxRows,
            @Value("${moralbase.upload.max-field-chars:16000}") int maxFieldChars) {
        ImportLimits.configure(new ImportLimits(
                maxRows,
                maxBytes.toBytes(),
                ImportLimits.BUILT_IN.maxProblems(),
                maxInflatedBytes.toBytes(),
                maxFieldChars));
    }
}
