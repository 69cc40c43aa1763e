package org.smartcourt.courts.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The files one reference table is loaded from.
 *
 * @param name the name its load is recorded under
 * @param files the files, in load order
 */
public record Dataset(String name, List<ReferenceFile> files) {

    static final String DIRECTORY = "reference/court-codes/";

    /**
     * Raise when the way files map to rows changes, so that every node reloads unchanged files once. Part of the
     * checksum.
     */
    static final int MAPPING_VERSION = 1;

    public Dataset {
        files = List.copyOf(files);
    }

    public static Dataset courts() {
        return new Dataset("courts", List.of(ReferenceFile.onClassPath(DIRECTORY + "court_codes.csv")));
    }

    public static Dataset caseTypes() {
        return new Dataset(
                "case-types",
                List.of(
                        ReferenceFile.onClassPath(DIRECTORY + "case_type_codes.csv"),
                        ReferenceFile.onClassPath(DIRECTORY + "case_type_additions.csv")));
    }

    /** A SHA-256 over the mapping version and every file's path and bytes. */
    public String checksum() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(("mapping " + MAPPING_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (var file : files) {
                var content = file.content();
                digest.update((file.path() + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
