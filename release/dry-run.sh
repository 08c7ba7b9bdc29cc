#!/usr/bin/env bash
# The release, all but the upload (README, "Releasing"). Makes a throwaway GPG key in a temporary GNUPGHOME, runs the
# release profile into target-release/ (its own build folder, so the test build's target/ stays as it is), which
# signs every published artifact and builds the Central Portal bundle without uploading it, then checks the bundle
# (release/VerifyBundle.java) and runs the command line from the distribution zip inside it.
#
# Tests are skipped here because .ci/run has just run them; extra arguments go to Maven. Maven must be online: the
# Central plugin refuses to run offline even when it uploads nothing (it skips itself and no bundle is built).
# Nothing is installed into the local repository, and nothing is sent anywhere.
set -euo pipefail
# The archives store the modes of the files the build writes; 022 gives the modes release/reproducible.sh checks.
umask 022
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/target-release"

gnupghome="$(mktemp -d -t iga-gnupg.XXXXXX)"
cleanup() {
  GNUPGHOME="$gnupghome" gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$gnupghome"
}
trap cleanup EXIT
export GNUPGHOME="$gnupghome"
chmod 700 "$GNUPGHOME"

echo "== a throwaway signing key (no passphrase, valid one day)"
gpg --batch --pinentry-mode loopback --passphrase '' \
  --quick-gen-key 'IGA release dry run <dry-run@iga.invalid>' ed25519 sign 1d 2>/dev/null
key="$(gpg --batch --list-keys --with-colons | awk -F: '/^fpr/ { print $10; exit }')"
echo "key $key"

echo "== the release build (-Prelease; the bundle is built, not uploaded)"
log="$(mktemp -t iga-release.XXXXXX)"
if ! mvn -B -Prelease -DskipTests -Dmaven.install.skip=true -Dgpg.keyname="$key" -Dbuild.dir.name=target-release \
    "$@" clean deploy >"$log" 2>&1; then
  tail -n 80 "$log"
  echo "dry run: the release build failed (log: $log)" >&2
  exit 1
fi
if ! grep -q "Skipping the upload of the bundle at user's request" "$log"; then
  grep -E 'central-publishing|publish' "$log" | tail -n 20
  echo "dry run: the build did not say it skipped the upload (log: $log)" >&2
  exit 1
fi
grep -E 'Skipping the upload|Created bundle|Skipping Central Release Publishing' "$log" | sed 's/^\[INFO\] //' | sort -u
rm -f "$log"

bundle="$out/central-publishing/central-bundle.zip"
echo "== the bundle: $bundle ($(wc -c <"$bundle") bytes)"
rm -rf "$out/bundle"
mkdir -p "$out/bundle"
(cd "$out/bundle" && unzip -q "$bundle")
java "$root/release/VerifyBundle.java" "$out/bundle" "$root"

echo "== the distribution zip, unpacked and run"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
rm -rf "$out/dist"
mkdir -p "$out/dist"
(cd "$out/dist" && unzip -q "$out/bundle/id/iga/iga-cli/$version/iga-cli-$version-dist.zip")
json="$("$out/dist/iga-$version/iga" score --format json "$root/examples/2024/kabupaten-wonosobo.json")"
for expected in '"iid": 53.53,' '"predikat": "INOVATIF",'; do
  if ! grep -qF "$expected" <<<"$json"; then
    echo "dry run: iga-$version/iga score --format json examples/2024/kabupaten-wonosobo.json lacks $expected" >&2
    exit 1
  fi
done
echo "iga-$version/iga score examples/2024/kabupaten-wonosobo.json: IID 53.53, INOVATIF"
echo "dry run OK"
