package org.relocationplanner.app;

import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

/**
 * The real app in a process of its own, with a "user" thread that presses keys through the platform's robot as a
 * person at the keyboard would: unlocks when asked, then Ctrl+L (when a password is given) and Ctrl+Q. The
 * process ends by itself when the app quits; for {@link QuitProcessTest}.
 * Arguments: the data folder, and the password (optional).
 */
public final class QuitDriver {

    private QuitDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String password = args.length > 1 ? args[1] : null;
        Thread user = new Thread(() -> {
            try {
                play(password);
            } catch (Exception e) {
                System.out.println("driver: " + e);
                Runtime.getRuntime().halt(5);
            }
        }, "keyboard");
        user.setDaemon(true); // the app's own threads decide when the process ends
        user.start();
        Launcher.main(new String[] {"--data-dir", folder.toString()});
    }

    private static void play(String password) throws Exception {
        if (password != null) {
            waitFor("#unlockPassword");
            onFx(() -> {
                ((PasswordField) find("#unlockPassword")).setText(password);
                ((Button) find("#unlockButton")).fire();
                return null;
            });
        }
        waitFor("#menuBar");
        Thread.sleep(500); // the screens settle as they would before a person reaches for the keys
        if (password != null) {
            shortcut(KeyCode.L);
            waitFor("#lockView");
            System.out.println("driver: locked");
        }
        shortcut(KeyCode.Q);
        System.out.println("driver: pressed Ctrl+Q");
        Thread.sleep(30_000);
        System.out.println("driver: the app did not quit within 30 s");
        Runtime.getRuntime().halt(4);
    }

    private static void shortcut(KeyCode key) throws Exception {
        onFx(() -> {
            Robot robot = new Robot();
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(key);
            robot.keyRelease(key);
            robot.keyRelease(KeyCode.CONTROL);
            return null;
        });
    }

    private static void waitFor(String id) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                if (onFx(() -> find(id) != null)) {
                    return;
                }
            } catch (IllegalStateException toolkitNotYetStarted) {
                // the window has not started yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(id + " did not show within 60 s");
    }

    private static Node find(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null) {
                return w.getScene().lookup(id);
            }
        }
        return null;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
