package org.relocationplanner.service;

import java.util.List;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;

/** What the Compare screen keeps between runs. Called off the FX thread. */
public interface CompareStore {

    public void saveWeights(Weights weights);

    public void savePicked(List<String> codes);

    public void saveAnnotation(UserAnnotation annotation);
}
