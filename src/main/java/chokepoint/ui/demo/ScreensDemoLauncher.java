package chokepoint.ui.demo;

import javafx.application.Application;

/** Plain main for {@link ScreensDemo} (a class extending Application cannot start from the classpath). */
public final class ScreensDemoLauncher {
    private ScreensDemoLauncher() {}

    public static void main(String[] args) {
        Application.launch(ScreensDemo.class, args);
    }
}
