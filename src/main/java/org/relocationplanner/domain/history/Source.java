package org.relocationplanner.domain.history;

/** The kind of record a position came from. */
public enum Source {
    /** Google's location history: Records.json, Semantic Location History, the phone's Timeline export. */
    LOCATION_HISTORY,
    /** A photo's GPS tag. */
    PHOTO,
    /** A GPX track, route or waypoint. */
    GPX
}
