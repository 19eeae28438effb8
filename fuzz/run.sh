#!/usr/bin/env bash
# Run every fuzz target for a bounded time (issue 6, item 5). Not run in CI.
#
#   fuzz/run.sh                 # every target, 300 s each (about 20 minutes)
#   FUZZ_SECONDS=60 fuzz/run.sh engine_text
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). libFuzzer needs nightly compiler features;
# on the stable toolchain RUSTC_BOOTSTRAP=1 unlocks them. By default the targets run with
# AddressSanitizer and debug assertions (so integer overflow is a crash too); if the toolchain
# has no sanitizer runtime, set FUZZ_SANITIZER=none.
#
# Throughput (measured 2026-11-23, 2 shared cores, ASan, fresh corpus): engine_text ~960
# inputs/s (116,111 in 120 s). The content targets put the fuzzed file into a small fixture
# (fuzz/fixture/) instead of the whole shipped content: content_flow ~126 inputs/s (37,960 per
# 300 s run), content_ftl ~123/s (37,099), content_locale ~86/s (26,061). Loading the shipped
# content (a few hundred patterns) per input, content_flow ran 3 inputs/s (211 in a 60 s
# measurement, so about 900 per 300 s run). What remains is the fuzzed file's own work
# (checking its patterns, parsing it) and, for inputs that load, building the pattern sets;
# content_locale is slowest because its seeds carry ~30 patterns each.
#
# Each target's corpus (fuzz/corpus/TARGET) is seeded from the shipped content, and the content
# targets' also from fuzz/fixture/, the first time.
# A crash stops that target and leaves its input in fuzz/artifacts/TARGET/; reproduce it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-…
# then fix the library and add the input to tests/fuzz_regressions.rs.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-300}"
sanitizer="${FUZZ_SANITIZER:-address}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(content_flow content_ftl content_locale engine_text long_message telegram_update web_request matrix_event)
fi
export RUSTC_BOOTSTRAP=1

seed() {
    local target=$1
    shift
    local dir="fuzz/corpus/$target"
    if [ ! -d "$dir" ] || [ -z "$(ls -A "$dir")" ]; then
        mkdir -p "$dir"
        for f in "$@"; do
            cp "$f" "$dir/$(echo "$f" | tr '/' '_')"
        done
    fi
}
seed content_flow flows/*.toml fuzz/fixture/flows/*.toml
seed content_ftl locales/*.ftl locales/*/*.ftl fuzz/fixture/locales/*/*.ftl
seed content_locale locales/*/locale.toml fuzz/fixture/locales/*/locale.toml
mkdir -p fuzz/corpus/engine_text fuzz/corpus/long_message fuzz/corpus/web_request
# The Telegram target starts from updates as the fake Bot API serves them.
mkdir -p fuzz/corpus/telegram_update
[ -n "$(ls -A fuzz/corpus/telegram_update)" ] || cp fuzz/seeds/telegram_update/* fuzz/corpus/telegram_update/
# The Matrix target from room message events as a homeserver sends them in a sync: text, a
# crisis text, a notice, an emote, an image with a caption, a file, a location, an edit
# (m.replace with m.new_content) and a reply with the quoted fallback.
mkdir -p fuzz/corpus/matrix_event
[ -n "$(ls -A fuzz/corpus/matrix_event)" ] || cp fuzz/seeds/matrix_event/* fuzz/corpus/matrix_event/

status=0
for t in "${targets[@]}"; do
    echo "== $t: ${seconds} s (sanitizer: $sanitizer)"
    # -rss_limit_mb: with ASan the targets peak at ~500-600 MB.
    # engine_text: long enough for messages past MAX_MESSAGE_CHARS (4,096 characters).
    max_len=12000
    [ "$t" = engine_text ] && max_len=40000
    # The channel targets need the channels' crates (teloxide, axum; matrix-sdk for Matrix,
    # the longest build of all): a longer first build.
    features=()
    case "$t" in
        telegram_update | web_request) features=(--features channels) ;;
        matrix_event) features=(--features matrix) ;;
    esac
    if ! cargo fuzz run --sanitizer "$sanitizer" --debug-assertions -O "${features[@]}" "$t" -- \
        -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1; then
        echo "== $t: FOUND A CRASH (see fuzz/artifacts/$t/)"
        status=1
    fi
done
exit $status
