package org.relocationplanner.ui.compare;

import java.util.List;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.CriterionGroup;

/** A row of the side-by-side view: a group heading (criterion null) or a criterion with a cell per country. */
public record SideBySideRow(CriterionGroup group, Criterion criterion, String label, List<Cell> cells) {

    /** One country's value in the row, as shown. */
    public record Cell(String code, String text, String details, boolean best, boolean stale, boolean overridden,
                       boolean hasNote) {
    }

    public boolean isHeading() {
        return criterion == null;
    }
}
