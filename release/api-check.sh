#!/usr/bin/env bash
# Shows that the API check (japicmp, README "Versioning") catches a removed public method:
#   1. while the tree is the baseline release itself (not published yet), installs its iga-core into a private
#      local repository (a copy of ~/.m2/repository under target-api-check/, so that the shared one never sees it);
#      once the tree is a later version, the baseline comes from Maven Central instead;
#   2. copies the tree, as the next version (1.0.1-SNAPSHOT) while the tree is the baseline, and builds iga-core:
#      the check runs against the baseline and passes;
#   3. removes the public method Predicate.Range.greaterThan(String) from the copy and builds again: the build must
#      fail, and japicmp must name the method.
# Extra arguments go to Maven (e.g. -o).
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$root/target-api-check"
baseline="$(sed -n 's:^ *<iga.api.baseline>\(.*\)</iga.api.baseline>$:\1:p' pom.xml)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
next="$version"
if [ "$version" = "$baseline" ]; then
  next="1.0.1-SNAPSHOT"
fi

rm -rf "$work/src" "$work/logs"
mkdir -p "$work/logs"
if [ ! -d "$work/m2" ]; then
  echo "== a private local repository: a copy of ~/.m2/repository"
  cp -r "${HOME}/.m2/repository" "$work/m2"
fi
rm -rf "$work/m2/id/iga"
mvn_() {
  mvn -B -Dmaven.repo.local="$work/m2" -Dquick -Dmaven.test.skip=true "$@"
}

if [ "$next" != "$version" ]; then
  echo "== 1. iga-core $baseline installed into the private repository (the check skips itself at the baseline)"
  mvn_ -pl iga-core -am "$@" install >"$work/logs/1-baseline.log" 2>&1 \
    || { tail -n 40 "$work/logs/1-baseline.log"; exit 1; }
  grep -F 'japicmp skipped.' "$work/logs/1-baseline.log" | sed 's/^\[INFO\] /   /'
  ls "$work/m2/id/iga/iga-core/$baseline/iga-core-$baseline.jar" | sed "s:^$work/:   :"
else
  echo "== 1. the tree is $version: the baseline $baseline comes from Maven Central"
fi

echo "== 2. a copy of the tree as $next: the check runs against $baseline and passes"
mkdir -p "$work/src"
git ls-files -z -c -o --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/src"
if [ "$next" != "$version" ]; then
  find "$work/src" -name pom.xml -exec sed -i "s:<version>$version</version>:<version>$next</version>:" {} +
fi
mvn_ -f "$work/src/pom.xml" -pl iga-core -am "$@" verify >"$work/logs/2-unchanged.log" 2>&1 \
  || { tail -n 40 "$work/logs/2-unchanged.log"; echo "api-check: the unchanged copy failed" >&2; exit 1; }
if grep -q 'japicmp skipped' "$work/logs/2-unchanged.log" || ! grep -q 'japicmp-maven-plugin:.*:cmp' "$work/logs/2-unchanged.log"; then
  echo "api-check: japicmp did not run on $next" >&2
  exit 1
fi
echo "   BUILD SUCCESS: no incompatibility with $baseline"

echo "== 3. the copy without the public method Predicate.Range.greaterThan(String)"
file="$work/src/iga-core/src/main/java/id/iga/rubric/Predicate.java"
perl -0pi -e 's{\n    /\*\*\n(?:     \*[^\n]*\n)*?     \*/\n    public static Range greaterThan\(String min\) \{\n[^\n]*\n    \}\n}{\n}s or die "not found\n"' "$file" \
  || { echo "api-check: Predicate.Range.greaterThan(String) is not where this script expects it" >&2; exit 1; }
if mvn_ -f "$work/src/pom.xml" -pl iga-core -am "$@" verify >"$work/logs/3-removed.log" 2>&1; then
  echo "api-check: the build without greaterThan passed; japicmp missed the removed method" >&2
  exit 1
fi
if ! grep -q 'greaterThan(java.lang.String):METHOD_REMOVED' "$work/logs/3-removed.log"; then
  tail -n 40 "$work/logs/3-removed.log"
  echo "api-check: the build failed, but not by japicmp naming greaterThan" >&2
  exit 1
fi
grep -F 'METHOD_REMOVED' "$work/logs/3-removed.log" | sed 's/^/   /' | cut -c1-300
sed -n '2,4p' "$work/src/iga-core/target/japicmp/api-compatibility.diff" | sed 's/^/   /'
echo "api-check OK: japicmp breaks the build of $next on the removed public method"
