package org.relocationplanner.ui.common;

import javafx.animation.AnimationTimer;

/** Runs something on the FX thread after a number of pulses: the second pulse after a change follows its frame. */
public final class Pulses {

    private Pulses() {
    }

    public static void after(int pulses, Runnable work) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == pulses) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
