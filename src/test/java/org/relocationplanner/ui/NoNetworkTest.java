package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The app opens no socket: start-up and every screen run with every socket, server socket and proxied connection of
 * this JVM made to fail and be recorded. (The architecture test keeps the app's own code from network classes.)
 */
class NoNetworkTest extends AppUiTest {

    private static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void forbidTheNetwork() throws IOException {
        try {
            Socket.setSocketImplFactory(() -> {
                ATTEMPTS.add("socket: " + where());
                throw new IllegalStateException("The app must not open a socket");
            });
            ServerSocket.setSocketFactory(() -> {
                ATTEMPTS.add("server socket: " + where());
                throw new IllegalStateException("The app must not open a server socket");
            });
        } catch (java.net.SocketException | Error e) {
            // already set by an earlier run in this JVM: the recording factories are in place
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<java.net.Proxy> select(URI uri) {
                ATTEMPTS.add("connection to " + uri + ": " + where());
                throw new IllegalStateException("The app must not connect to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    private static String where() {
        StackTraceElement[] st = new Throwable().getStackTrace();
        return st.length > 3 ? st[3].toString() : "";
    }

    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return Locale.UK;
    }

    @Test
    void startUpAndEveryScreenOpenNoSocket(FxRobot robot) {
        assertTrue(robot.lookup("#rankingTable").tryQuery().isPresent(), "the app started");
        robot.clickOn("#compareTabs .tab:last-child");
        for (String screen : List.of("#nav-timeline", "#nav-budget", "#nav-rates", "#nav-settings", "#nav-compare")) {
            robot.clickOn(screen);
        }
        assertTrue(robot.lookup("#rankingTable").tryQuery().isPresent(), "back on Compare after every screen");
        assertEquals(List.of(), List.copyOf(ATTEMPTS));
        // the guard itself works: a connection attempt is caught and recorded
        try (Socket s = new Socket()) {
            s.close();
        } catch (RuntimeException | IOException expected) {
            // refused
        }
        assertEquals(1, ATTEMPTS.size(), ATTEMPTS.toString());
        ATTEMPTS.clear();
    }

    /** Issue 18: reading a location history, a GPX track and a photo folder and saving the trips opens no socket. */
    @Test
    void tripsFromTheUsersRecordsOpenNoSocket(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path photos = java.nio.file.Files.createDirectories(dir.resolve("photos"));
        org.relocationplanner.io.TestPhotos.jpeg(photos.resolve("a.jpg"), 44.80401, 20.46513, "2023:04:02 12:00:00",
                "+02:00", null, null);
        java.nio.file.Files.writeString(photos.resolve("track.gpx"), "<gpx version=\"1.1\"><wpt lat=\"41.01384\" "
                + "lon=\"28.94966\"><time>2023-05-01T10:00:00Z</time></wpt></gpx>");
        org.relocationplanner.io.TestHistories.records(photos);
        app.folderAnswer = photos;
        robot.clickOn("#nav-timeline");
        robot.clickOn("#fromRecords").clickOn("#fromRecordsFolder");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#historySave").tryQuery().map(n -> n.getParent().getParent().isVisible())
                        .orElse(false) && robot.lookup("#historyReview").query().isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the review laid out
        robot.clickOn("#historySave");
        assertEquals(List.of(), List.copyOf(ATTEMPTS));
    }
}
