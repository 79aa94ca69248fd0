#!/usr/bin/env bash
# A coverage-guided fuzz campaign on one target: fuzz/run.sh TARGET MINUTES [OUTDIR]
#   TARGET   one of: cytoscape dataset dl edgecsv edgelist edges edges-csv gexf graphml graphology model pajek
#   MINUTES  length of the campaign (the issue asks for 30 per reader target on a quiet machine)
#   OUTDIR   AFL++'s findings folder (default fuzz/findings/TARGET)
# Needs AFL++ (apt-get install afl++) and the SharpFuzz.CommandLine dotnet tool (installed here on
# first use into fuzz/.tools). Crashes found are copied to fuzz/regressions/TARGET/, which the test
# suite replays (tests/NetworkAnalysis.Fuzz.Tests); commit them with the fix.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:?usage: fuzz/run.sh TARGET MINUTES [OUTDIR]}"
minutes="${2:?usage: fuzz/run.sh TARGET MINUTES [OUTDIR]}"
findings="${3:-$here/findings/$target}"
build="$here/out"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 1; }
if [ ! -x "$here/.tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" >/dev/null
fi

# Build once per campaign set, then instrument the product's reading assemblies (not the runtime).
if [ ! -f "$build/.instrumented" ]; then
  rm -rf "$build"
  dotnet publish "$here/NetworkAnalysis.Fuzz" -c Release -o "$build" -v quiet --nologo
  for dll in NetworkAnalysis.Core.dll NetworkAnalysis.IO.dll NetworkAnalysis.Classification.dll; do
    "$here/.tools/sharpfuzz" "$build/$dll"
  done
  touch "$build/.instrumented"
fi

mkdir -p "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# -t: a .NET start-up is slow, so a generous time-out per input; -m none: the runtime maps much virtual memory.
afl-fuzz -i "$here/corpus/$target" -o "$findings" -t 10000 -m none -V "$((minutes * 60))" \
  -x "$here/dictionaries/$target.dict" -- dotnet "$build/netan-fuzz.dll" "$target" || true

stats="$findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs|run_time|execs_per_sec)' "$stats"
fi

crashes=("$findings"/default/crashes/id:*)
if [ -e "${crashes[0]}" ]; then
  mkdir -p "$here/regressions/$target"
  for c in "${crashes[@]}"; do
    cp "$c" "$here/regressions/$target/crash-$(sha1sum "$c" | cut -c1-12)"
  done
  echo "crashes copied to fuzz/regressions/$target/: replay with dotnet test tests/NetworkAnalysis.Fuzz.Tests"
  exit 1
fi
