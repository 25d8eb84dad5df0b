package org.claimdesk.backup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code GET /api/v1/backup} (admins): the embedded H2 database as a ZIP-compressed SQL script, taken while the
 * application runs. On PostgreSQL a 409 that points to pg_dump.
 */
@RestController
@RequestMapping(path = "/api/v1/backup")
class BackupController {

    private final H2Backup backup;

    BackupController(H2Backup backup) {
        this.backup = backup;
    }

    @GetMapping
    ResponseEntity<byte[]> download() throws IOException {
        Path file = backup.writeScript();
        try {
            // read whole: a backup of the embedded database (demo and small installations) fits in memory, and
            // the temporary file is gone before the answer leaves
            byte[] zip = Files.readAllBytes(file);
            String name = "claimdesk-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip";
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .body(zip);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
