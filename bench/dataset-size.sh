#!/bin/bash
# The size of a new database holding the shipped dataset, and of one holding an older dataset JSON for
# comparison (issue 17). Usage: bench/dataset-size.sh [older-dataset.json]
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -Dapp.image.skip
CP="target/test-classes:target/classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
out=$(mktemp -d)
if [ -n "$1" ]; then
  java -cp "$CP" org.relocationplanner.bench.DatasetSizeBench "$out/older" "$1" 2>/dev/null | grep dataset
fi
java -cp "$CP" org.relocationplanner.bench.DatasetSizeBench "$out/shipped" 2>/dev/null | grep dataset
rm -rf "$out"
