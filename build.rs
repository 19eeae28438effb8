//! Trains the second net of crisis detection and the router from the labelled corpus
//! (`tests/corpus/train/*.tsv`), at build time, so nothing is downloaded or trained at run time
//! and the same corpus always gives the same weights (fixed order, no randomness).
//!
//! How it learns is in `src/understand/train.rs`, shared with `baken eval --cross-validate`.
//!
//! The held-out part (`tests/corpus/heldout/`) is never read here.

use std::path::Path;

#[path = "src/understand/features.rs"]
#[allow(dead_code)]
mod features;
#[path = "src/understand/normalise.rs"]
#[allow(dead_code)]
mod normalise;
#[path = "src/understand/train.rs"]
#[allow(dead_code)]
mod train;

use features::corpus_line;

fn main() {
    println!("cargo::rerun-if-changed=tests/corpus/train");
    println!("cargo::rerun-if-changed=tests/corpus/lang");
    // The content is embedded with include_dir, which does not notice a new file (a new
    // language, a new concepts.toml): these make every change in them rebuild the crate.
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=flows");
    println!("cargo::rerun-if-changed=src/understand/features.rs");
    println!("cargo::rerun-if-changed=src/understand/normalise.rs");
    println!("cargo::rerun-if-changed=src/understand/train.rs");
    let mut rows: Vec<train::Row> = Vec::new();
    // The training part (nl, en), and the draft languages' training files: the classifier and
    // the router learn from both.
    for dir in ["tests/corpus/train", "tests/corpus/lang"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        for path in paths {
            if path.extension().is_none_or(|e| e != "tsv") {
                continue;
            }
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("corpus is UTF-8");
            for (n, line) in text.lines().enumerate() {
                let (kind, node, msg) = match corpus_line(line) {
                    None => continue,
                    Some(Ok(cols)) => cols,
                    Some(Err(e)) => panic!("{}:{}: {e}", path.display(), n + 1),
                };
                let Some(class) = train::class_of(kind, node) else {
                    panic!("{}:{}: unknown kind `{kind}`", path.display(), n + 1);
                };
                rows.push(train::row(class, node, &normalise::normalise(msg)));
            }
        }
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("crisis.bin"), train::crisis_weights(&rows)).expect("OUT_DIR");
    std::fs::write(out.join("route.bin"), train::router_weights(&rows)).expect("OUT_DIR");
}
