//! Transcript tests: golden conversations in `tests/transcripts/*.txt`, run through the real
//! console channel (`baken chat --trace`) and compared line by line.
//!
//! A transcript file is exactly what a content reviewer would see: the bot's replies, each
//! input line as `> line`, and `# node` / `# crisis` trace lines. An optional first line
//! `#! ARGS` gives extra arguments for `baken chat` (e.g. `#! --locale en`), and `KEY=VALUE` there
//! an environment variable (e.g. `BAKEN_LOCALES=nl,en,tr` to switch a draft language on).
//! The inputs are taken from the `> ` lines; everything else is the expected output.
//!
//! After a deliberate content change, regenerate with `BLESS=1 cargo test --test transcripts`
//! and review the diff like any other change.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn run_transcript(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let (args, body) = match text.strip_prefix("#! ") {
        Some(rest) => {
            let (first, body) = rest.split_once('\n').unwrap_or((rest, ""));
            (
                first
                    .split_whitespace()
                    .map(String::from)
                    .collect::<Vec<_>>(),
                body,
            )
        }
        None => (vec![], text.as_str()),
    };
    let inputs: String = body
        .lines()
        .filter_map(|l| l.strip_prefix("> ").or_else(|| (l == ">").then_some("")))
        .map(|l| format!("{l}\n"))
        .collect();
    // `KEY=VALUE` in the `#!` line is an environment variable (`BAKEN_LOCALES=nl,en,tr`).
    let (env, args): (Vec<String>, Vec<String>) = args.into_iter().partition(|a| a.contains('='));
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_baken"))
        .arg("chat")
        .arg("--trace")
        .args(&args)
        .envs(env.iter().filter_map(|kv| kv.split_once('=')))
        .env("BAKEN_DATA_DIR", data.path())
        .env_remove("BAKEN_CONFIG")
        .current_dir(data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(inputs.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    if !out.status.success() {
        return Err(format!(
            "baken chat exited with {}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let actual = String::from_utf8(out.stdout).unwrap();
    if actual == body {
        return Ok(());
    }
    if std::env::var_os("BLESS").is_some() {
        let all: Vec<&String> = env.iter().chain(&args).collect();
        let header = match all.is_empty() {
            true => String::new(),
            false => format!(
                "#! {}\n",
                all.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ")
            ),
        };
        std::fs::write(path, header + &actual).unwrap();
        return Ok(());
    }
    let first_diff = body
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, (want, got))| format!("line {}:\n  want: {want}\n  got:  {got}", i + 1))
        .unwrap_or_else(|| "the transcripts differ in length".into());
    Err(first_diff)
}

#[test]
fn golden_transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no transcripts in {}", dir.display());
    let failures: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            run_transcript(p)
                .err()
                .map(|e| format!("{}: {e}", p.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} transcript(s) differ (BLESS=1 regenerates after a deliberate change):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
