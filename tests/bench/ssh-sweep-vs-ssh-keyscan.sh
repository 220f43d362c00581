#!/bin/sh
# SSH sweep of 127.0.0.0/24 (three IOS-like MINA servers) versus `ssh-keyscan -f` in the same run; loopback only.
# Usage: tests/bench/ssh-sweep-vs-ssh-keyscan.sh   (needs OpenSSH's ssh-keyscan)
set -eu
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v ssh-keyscan >/dev/null || { echo "install openssh-client (ssh-keyscan)" >&2; exit 2; }
./mvnw -B -q -pl services -am verify -Dgroups=bench -Dtest.excludedGroups=none -Dtest=SweepBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
grep -h "BENCH ssh-sweep" services/target/surefire-reports/*SweepBenchmark-output.txt
