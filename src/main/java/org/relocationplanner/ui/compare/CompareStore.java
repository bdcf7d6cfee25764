package org.relocationplanner.ui.compare;

import java.util.List;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;

/** What the Compare screen keeps between runs. Called off the FX thread. */
public interface CompareStore {

    void saveWeights(Weights weights);

    void savePicked(List<String> codes);

    void saveAnnotation(UserAnnotation annotation);
}
