package org.relocationplanner.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file to read or write; the real one is the system's file dialog. */
public interface FilePicker {

    /** A file to read, with one of {@code extensions} ("csv", "xml"). */
    Optional<Path> open(String title, List<String> extensions);

    /** A file to write, suggested as {@code name}. */
    Optional<Path> save(String title, String name, List<String> extensions);

    /** A folder (to move the data to); empty when the user cancels. */
    default Optional<Path> folder(String title) {
        return Optional.empty();
    }

    /** The system's file dialogs, owned by the main window. */
    static FilePicker system(Supplier<Window> owner) {
        return new FilePicker() {
            @Override
            public Optional<Path> open(String title, List<String> extensions) {
                return Optional.ofNullable(chooser(title, extensions).showOpenDialog(owner.get()))
                        .map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> save(String title, String name, List<String> extensions) {
                FileChooser c = chooser(title, extensions);
                c.setInitialFileName(name);
                return Optional.ofNullable(c.showSaveDialog(owner.get())).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> folder(String title) {
                javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
                c.setTitle(title);
                return Optional.ofNullable(c.showDialog(owner.get())).map(java.io.File::toPath);
            }

            private FileChooser chooser(String title, List<String> extensions) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        String.join(", ", extensions).toUpperCase(java.util.Locale.ROOT),
                        extensions.stream().map(e -> "*." + e).toList()));
                return c;
            }
        };
    }
}
