package org.relocationplanner.data;

import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory database per test. */
public final class TempDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TempDatabase() {
    }

    public static Database create() {
        try {
            return Database.inMemory("test" + COUNTER.incrementAndGet() + "_" + System.nanoTime());
        } catch (DatabaseProblem e) {
            throw new IllegalStateException(e);
        }
    }
}
