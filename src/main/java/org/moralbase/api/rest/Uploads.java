package org.moralbase.api.rest;

import java.io.IOException;
import org.moralbase.dataimport.DatasetSource;
import org.springframework.web.multipart.MultipartFile;

/** A multipart part as the importers read it: named by the client's file name, else by the part. */
final class Uploads {

    private Uploads() {}

    static DatasetSource source(MultipartFile file, String part) throws IOException {
        String name = file.getOriginalFilename();
        return DatasetSource.of(name == null || name.isBlank() ? part : name, file.getBytes());
    }
}
