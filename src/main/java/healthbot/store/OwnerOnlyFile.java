package healthbot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;

/** The SQLite file and its folder, created readable by their owner only (conversations are health data). */
final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /**
     * Creates the folder (owner-only) and an empty file (owner read/write) when missing; SQLite
     * gives its {@code -wal} and {@code -shm} files the database file's permissions.
     */
    static void create(Path file) throws SQLException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (folder != null && !Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (posix && !Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (FileAlreadyExistsException e) {
            // another process created it first
        } catch (IOException e) {
            throw new SQLException("cannot create " + file + " (" + e + ")", e);
        }
    }
}
