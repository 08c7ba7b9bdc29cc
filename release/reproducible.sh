#!/usr/bin/env bash
# Reproducible builds: the published modules are built twice from clean, into target-repro-a/ and target-repro-b/ of
# each module, and every jar and zip must come out byte for byte the same. Prints each file's SHA-256 and exits 1 on
# any difference, naming the entries that differ. Tests are skipped (they do not change what is packaged); extra
# arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

# The published modules: those of the root POM that do not set maven.deploy.skip to true.
modules=()
while read -r m; do
  if ! grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$m/pom.xml"; then
    modules+=("$m")
  fi
done < <(sed -n 's:^ *<module>\(.*\)</module>$:\1:p' pom.xml)
list="$(IFS=,; echo "${modules[*]}")"
echo "published modules: $list"

# The second build runs with the other common umask, and every JVM of it (Maven's and the javadoc tool it starts)
# with another locale, time zone and default charset: none of them may reach the archives. (A umask that takes
# the owner's bits only, 077, does: the archivers store the modes of the files the build writes, normalised for
# umask 022 and 002 alone. The release scripts set 022.)
for side in a b; do
  if [ "$side" = a ]; then
    mask=022 jvm="${JAVA_TOOL_OPTIONS:-}"
  else
    mask=002 jvm="-Duser.language=ja -Duser.country=JP -Duser.timezone=Asia/Jayapura -Dfile.encoding=ISO-8859-1"
  fi
  echo "== build $side (-Dbuild.dir.name=target-repro-$side, umask $mask${jvm:+, JAVA_TOOL_OPTIONS=$jvm})"
  log="$(mktemp -t iga-repro.XXXXXX)"
  if ! (umask "$mask" && JAVA_TOOL_OPTIONS="$jvm" \
      mvn -B -DskipTests -Dbuild.dir.name="target-repro-$side" -pl "$list" "$@" clean package) >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "reproducible: build $side failed (log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
done

status=0
count=0
printf '%-64s  %-4s  %s\n' SHA-256 SAME FILE
for m in "${modules[@]}"; do
  for a in "$m"/target-repro-a/*.jar "$m"/target-repro-a/*.zip; do
    [ -e "$a" ] || continue
    count=$((count + 1))
    name="${a#"$m"/target-repro-a/}"
    b="$m/target-repro-b/$name"
    sum="$(sha256sum "$a" | cut -d' ' -f1)"
    if [ ! -e "$b" ]; then
      printf '%-64s  %-4s  %s\n' "$sum" "NO" "$m/$name (missing from build b)"
      status=1
    elif cmp -s "$a" "$b"; then
      printf '%-64s  %-4s  %s\n' "$sum" "yes" "$m/$name"
    else
      printf '%-64s  %-4s  %s\n' "$sum" "NO" "$m/$name (b: $(sha256sum "$b" | cut -d' ' -f1))"
      # Each entry's CRC, name, date and time, then its mode: what differs is shown.
      diff <(unzip -v "$a" | sed '1,3d' | awk '{print $7, $8, $5, $6}'; unzip -Z "$a" | sed 1d) \
           <(unzip -v "$b" | sed '1,3d' | awk '{print $7, $8, $5, $6}'; unzip -Z "$b" | sed 1d) \
        | sed 's/^/    /' | head -n 20 || true
      status=1
    fi
  done
  for b in "$m"/target-repro-b/*.jar "$m"/target-repro-b/*.zip; do
    [ -e "$b" ] || continue
    if [ ! -e "$m/target-repro-a/${b#"$m"/target-repro-b/}" ]; then
      printf '%-64s  %-4s  %s\n' "$(sha256sum "$b" | cut -d' ' -f1)" "NO" "$b (missing from build a)"
      status=1
    fi
  done
done
if [ "$count" -eq 0 ]; then
  echo "reproducible: no jar was built" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "reproducible: the two builds differ" >&2
  exit 1
fi
echo "reproducible OK: $count files byte for byte the same in two clean builds"
