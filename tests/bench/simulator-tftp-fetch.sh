#!/usr/bin/env bash
# Times the simulated EWC's TFTP client (plain and blksize 1468) against tftp-hpa and curl, all fetching the
# same 40 MiB file from one tftpd-hpa on a loopback high port in the same run, and prints the ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -pl tests -am verify -Dtest.excludedGroups= -Dgroups=bench -Dtest=SimulatorTftpFetchBench \
  -Dsurefire.failIfNoSpecifiedTests=false
grep -h "^TFTP 40 MiB" tests/target/surefire-reports/*SimulatorTftpFetchBench-output.txt
