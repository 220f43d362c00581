# Sourced by ./mvnw (POSIX sh): EWC Station builds with JDK 25 or newer, and the default `java` of many machines is
# older. Keeps JAVA_HOME when it is a JDK 25+, else takes the first JDK 25+ among the java on the PATH and the
# usual install folders; with none, says what to install and stops. EWC_JDK_SEARCH (folders holding JDKs,
# ':'-separated) replaces the usual folders, so a test can hide them.

# The major version of the JDK in $1, or nothing: its `release` file, else asking its java.
ewc_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  printf %s "$v"
}

ewc_is_jdk25() {
  v=$(ewc_jdk_major "$1")
  [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null
}

# Prints the first JDK 25+ found; returns 1 when there is none.
ewc_find_jdk25() {
  if [ -n "${JAVA_HOME-}" ] && ewc_is_jdk25 "$JAVA_HOME"; then printf %s "$JAVA_HOME"; return 0; fi
  java_on_path=$(command -v java 2>/dev/null || :)
  if [ -n "$java_on_path" ]; then
    home=$(cd "$(dirname "$(readlink -f "$java_on_path" 2>/dev/null || printf %s "$java_on_path")")/.." 2>/dev/null && pwd)
    if [ -n "$home" ] && ewc_is_jdk25 "$home"; then printf %s "$home"; return 0; fi
  fi
  if [ -z "${EWC_JDK_SEARCH+set}" ] && [ -x /usr/libexec/java_home ]; then
    home=$(/usr/libexec/java_home -v 25+ 2>/dev/null || :)
    if [ -n "$home" ] && ewc_is_jdk25 "$home"; then printf %s "$home"; return 0; fi
  fi
  search=${EWC_JDK_SEARCH-/usr/lib/jvm:/usr/lib64/jvm:/usr/java:/opt/java:/opt:${HOME-}/.sdkman/candidates/java:${HOME-}/.jdks:/Library/Java/JavaVirtualMachines}
  case $- in *f*) noglob=1; set +f ;; *) noglob=0 ;; esac
  found=1
  old_ifs=$IFS; IFS=:
  for parent in $search; do
    IFS=$old_ifs
    # names with 25 first (temurin-25-jdk-amd64, jdk-25.0.1+8), then any newer JDK
    for home in "$parent"/*25* "$parent"/*; do
      [ -d "$home/Contents/Home" ] && home="$home/Contents/Home"
      if ewc_is_jdk25 "$home"; then printf %s "$home"; found=0; break 2; fi
    done
  done
  IFS=$old_ifs
  [ "$noglob" = 1 ] && set -f
  return $found
}

# Exports JAVA_HOME as a JDK 25+, or explains what to install and returns 1.
ewc_use_jdk25() {
  if jdk=$(ewc_find_jdk25); then
    if [ -n "${JAVA_HOME-}" ] && [ "$JAVA_HOME" != "$jdk" ]; then
      echo "JAVA_HOME=$JAVA_HOME is not a JDK 25; building with $jdk" >&2
    fi
    JAVA_HOME=$jdk
    export JAVA_HOME
    return 0
  fi
  java_on_path=$(command -v java 2>/dev/null || :)
  cat >&2 <<MSG
EWC Station builds with JDK 25 (or newer), and none was found: JAVA_HOME is ${JAVA_HOME:-not set}, the java on the
PATH is ${java_on_path:-missing}, and ${EWC_JDK_SEARCH-/usr/lib/jvm and the usual JDK folders} hold none.
Install one, then run ./mvnw again:
  Debian/Ubuntu: sudo apt-get install temurin-25-jdk   (Adoptium's apt repository: https://adoptium.net/installation/linux/)
                 or sudo apt-get install openjdk-25-jdk where the distribution has it
  macOS:         brew install --cask temurin@25
  Windows:       winget install EclipseAdoptium.Temurin.25.JDK
  any system:    https://adoptium.net/temurin/releases/?version=25
Or set JAVA_HOME to a JDK 25 you already have.
MSG
  return 1
}
