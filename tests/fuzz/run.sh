#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the libFuzzer targets of a -DPICKLESCOPE_FUZZ=ON build, one after the other:
#   tests/fuzz/run.sh BUILD_DIR SECONDS WORK_DIR [TARGET...]
# Seeds come from the repository (the fixture corpus, the hostile corpus, the container
# samples of tests/core/data/source; paths from the fixtures' expectations; literals from
# literals.txt) into WORK_DIR/seeds; what a target finds grows WORK_DIR/corpus/TARGET; crash,
# hang and out-of-memory inputs land in WORK_DIR/artifacts/TARGET; logs in WORK_DIR/TARGET.log.
# Exits non-zero when a target found anything (its artifact path and the reproducer are in the
# log): commit the input under tests/core/data/fuzz/TARGET/ and fix it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="$1"
seconds="$2"
work="$3"
shift 3
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(reader roundtrip path literal security)
fi
mkdir -p "$work"

# Binary seeds: every real file the tests read (not the generators and expectations).
bin_seeds="$work/seeds/files"
rm -rf "$bin_seeds" "$work/seeds/path" "$work/seeds/literal"
mkdir -p "$bin_seeds" "$work/seeds/path" "$work/seeds/literal"
find "$repo/tests/fixtures/corpus" "$repo/tests/fixtures/hostile" "$repo/tests/fixtures/trees" \
    "$repo/tests/core/data" \
    -type f ! -name '*.json' ! -name '*.py' ! -name '*.md' ! -name '*.txt' -size -256k \
    -print0 | while IFS= read -r -d '' f; do
    # Named after the path inside the repository, so every clone lists the same seeds.
    cp "$f" "$bin_seeds/$(echo "${f#"$repo"/}" | md5sum | cut -c1-16)"
done
# Path seeds: every path the fixtures' expectations check. Literal seeds: each literal of
# literals.txt behind each selector byte (which place of the model it is set at).
/usr/bin/python3 - "$repo/tests/fixtures/corpus" "$work/seeds/path" \
    "$here/literals.txt" "$work/seeds/literal" <<'PY'
import glob, json, os, sys
corpus, out_path, literals, out_literal = sys.argv[1:5]
paths = set()
for f in glob.glob(os.path.join(corpus, '*.expected.json')):
    with open(f, encoding='utf-8') as fh:
        for check in json.load(fh).get('checks', []):
            if isinstance(check, dict) and 'path' in check:
                paths.add(check['path'])
for i, p in enumerate(sorted(paths)):
    with open(os.path.join(out_path, '%05d' % i), 'w', encoding='utf-8') as fh:
        fh.write(p)
with open(literals, encoding='utf-8') as fh:
    lines = [line.rstrip('\n') for line in fh if line.strip()]
for i, text in enumerate(lines):
    for selector in range(12):
        with open(os.path.join(out_literal, '%03d_%02d' % (i, selector)), 'wb') as fh:
            fh.write(bytes([selector]) + text.encode('utf-8'))
PY

# FUZZ_FLAGS: more libFuzzer options (the long run: -fork=1 -ignore_crashes=1 ...).
# FUZZ_PARALLEL=1: all targets at once (each one process; the long run), else one by one.
run_target() {
    local t="$1" seeds dict
    case "$t" in
    path) seeds="$work/seeds/path" dict="$here/text.dict" ;;
    literal) seeds="$work/seeds/literal" dict="$here/text.dict" ;;
    *) seeds="$bin_seeds" dict="$here/pickle.dict" ;;
    esac
    mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
    echo "fuzz_$t: ${seconds}s, log $work/$t.log"
    # shellcheck disable=SC2086 # FUZZ_FLAGS is a list of options
    # A fixed seed: the smoke in CI mutates the same way on every run and on every machine,
    # so what it finds is reproducible here (a faster machine only gets further along the same
    # sequence). The long run passes its own -seed=0 (random) in FUZZ_FLAGS.
    if ! "$build/tests/fuzz/fuzz_$t" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
        -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -print_final_stats=1 -dict="$dict" \
        -artifact_prefix="$work/artifacts/$t/" ${FUZZ_FLAGS:-} "$work/corpus/$t" "$seeds" \
        >"$work/$t.log" 2>&1; then
        echo "fuzz_$t FOUND A PROBLEM (see $work/$t.log, inputs in $work/artifacts/$t):" >&2
        grep -E "ERROR|invariant|SUMMARY|Test unit written" "$work/$t.log" | head -20 >&2
        return 1
    fi
    echo "fuzz_$t: $(grep -E "^#[0-9]+" "$work/$t.log" | tail -1)"
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" \
        "$work/$t.log" || true
}

status=0
if [[ "${FUZZ_PARALLEL:-0}" == 1 ]]; then
    pids=()
    for t in "${targets[@]}"; do
        run_target "$t" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
else
    for t in "${targets[@]}"; do
        run_target "$t" || status=1
    done
fi
exit "$status"
