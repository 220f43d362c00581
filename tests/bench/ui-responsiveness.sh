#!/usr/bin/env bash
# The main window under load (1000 APs changing every second, 50 transfers, 200 log lines/s) on JavaFX's
# headless platform; prints the longest FX-thread stall. Goal: under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -pl tests -am verify -Dtest.excludedGroups= -Dgroups=bench -Dtest=UiResponsivenessBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds="${BENCH_SECONDS:-15}" >/dev/null
grep -h "ui-bench:" tests/target/surefire-reports/*UiResponsivenessBench-output.txt
