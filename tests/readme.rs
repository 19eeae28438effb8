//! The README's operator examples run as written (issue 16: `baken init` then the README's
//! `baken link poster-najaar` failed). The commands are read from the README itself, not
//! copied into the test, so an example that drifts from the program fails here.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The `baken …` commands of one README section: every line of its `sh` blocks and every
/// inline code span that starts with `baken `, comments removed.
fn commands_in_section(readme: &str, heading: &str) -> Vec<String> {
    let start = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading:?} in the README"));
    let rest = &readme[start + 4..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let mut commands = Vec::new();
    let mut in_block = false;
    for line in section.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_block = t == "```sh";
            continue;
        }
        if in_block {
            if t.starts_with("baken ") {
                commands.push(t.split(" #").next().unwrap().trim().to_string());
            }
        } else {
            for (i, span) in t.split('`').enumerate() {
                if i % 2 == 1 && span.starts_with("baken ") {
                    commands.push(span.to_string());
                }
            }
        }
    }
    commands
}

/// Split like a shell does for these simple lines: words, "double quotes", and `> file`.
fn words(command: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let out = words.iter().position(|w| w == ">").map(|i| {
        let file = words[i + 1].clone();
        words.truncate(i);
        file
    });
    (words, out)
}

/// Run `baken` as an operator would, with a home of its own (the default data directories).
fn operator(args: &[String], cwd: &Path, home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_DATA_DIR")
        .env_remove("BAKEN_INSTANCE")
        .env_remove("RUST_LOG")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("BAKEN_MATRIX_HOMESERVER")
        .env_remove("BAKEN_WEB_LISTEN")
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn the_municipality_examples_run_as_written_after_init() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let commands = commands_in_section(&readme, "A municipality's own Baken");
    // The section's examples, so that a test that quietly runs nothing cannot pass.
    for needed in [
        "baken init",
        "baken check",
        "baken chat",
        "baken link",
        "baken qr",
        "baken stats",
        "baken graph",
        "baken content export",
    ] {
        assert!(
            commands.iter().any(|c| c.starts_with(needed)),
            "{needed} not in {commands:?}"
        );
    }
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let mut ran = 0;
    for command in &commands {
        let (words, out_file) = words(command);
        // `serve` needs a token and a network: its start is tested in tests/telegram.rs and
        // tests/shutdown.rs.
        if words[1] == "serve" {
            continue;
        }
        let out = operator(&words[1..], cwd.path(), home.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "`{command}` failed: {}{stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        if let Some(file) = out_file {
            assert!(!out.stdout.is_empty(), "`{command}` wrote nothing");
            std::fs::write(cwd.path().join(file), &out.stdout).unwrap();
        }
        if words.iter().any(|w| w == "--out") {
            let file = &words[words.iter().position(|w| w == "--out").unwrap() + 1];
            assert!(
                cwd.path().join(file).exists(),
                "`{command}` wrote no {file}"
            );
        }
        ran += 1;
    }
    assert!(ran >= 8, "{ran} commands ran");
}
