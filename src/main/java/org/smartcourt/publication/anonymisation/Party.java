package org.smartcourt.publication.anonymisation;

/** A person or organisation the case record knows, with their role in the case. */
public record Party(String name, Role role) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name");
        }
        name = name.strip();
    }
}
