#!/bin/sh
# Bundle import (extract + SHA-256 of every file) versus `unzip -q` + `sha256sum *` in the same run.
# Usage: tests/bench/repository-import.sh [MB]   (default 300; needs zip and unzip)
set -eu
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -pl services -am verify -Dgroups=bench -Dtest.excludedGroups=none -Dtest=ImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.mb="${1:-300}"
grep -h "BENCH repository-import" services/target/surefire-reports/*ImportBenchmark-output.txt
