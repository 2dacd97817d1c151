#!/bin/sh
# Builds the benchmarks jar, runs the three single-thread throughput benchmarks in one JVM run each
# (forks 1), writes bench/target/jmh-result.json and prints the pipeline / Lucene ratio.
# Usage (from anywhere): bench/run.sh [extra JMH options, e.g. -jvmArgsAppend -Dmarsad.corpus=PATH]
set -eu
cd "$(dirname "$0")/.."
mvn -o -q -pl bench -am package -DskipTests
java -jar bench/target/benchmarks.jar PipelineBench -rf json -rff bench/target/jmh-result.json "$@"
java -cp bench/target/benchmarks.jar org.marsad.bench.Ratio bench/target/jmh-result.json
