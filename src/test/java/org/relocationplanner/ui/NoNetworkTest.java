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
}
