//! The `baken` binary as an operator, a content editor and a script use it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn baken(args: &[&str], data: &Path, stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env("BAKEN_DATA_DIR", data)
        .env("RUST_LOG", "trace")
        .env_remove("BAKEN_CONFIG")
        .current_dir(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(all_bytes(&p));
        } else {
            out.extend(std::fs::read(&p).unwrap());
        }
    }
    out
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_console_conversation_leaves_no_message_text_on_disk_or_in_logs() {
    let data = tempfile::tempdir().unwrap();
    let input = "1\nMarkerQ7X1 mijn naam is Zwaantje\nhij gaat me vermoorden MarkerQ7X2\n4\n\
                 MarkerQ7X3 0612345678\n";
    let out = baken(&["chat", "--trace"], data.path(), input.as_bytes());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("# crisis acute"));
    // A try-out keeps its session in memory and counts nothing: the data directory stays empty.
    let disk = all_bytes(data.path());
    assert!(
        disk.is_empty() && std::fs::read_dir(data.path()).unwrap().next().is_none(),
        "baken chat wrote to its data directory"
    );
    for marker in ["MarkerQ7X", "Zwaantje", "0612345678"] {
        assert!(
            !contains(&disk, marker),
            "{marker} found in the data directory"
        );
        assert!(
            !contains(&out.stderr, marker),
            "{marker} found in the log at trace level"
        );
    }
}

#[test]
fn the_transcript_echoes_input_numbers_options_and_exits_zero() {
    let data = tempfile::tempdir().unwrap();
    let out = baken(
        &["chat", "--locale", "en"],
        data.path(),
        b"1\n\xff\xfe broken utf-8\n\n",
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\n> 1\n"), "{stdout}");
    assert!(stdout.contains("1. It is about me"), "{stdout}");
    assert!(
        stdout.contains("> \u{fffd}\u{fffd} broken utf-8"),
        "{stdout}"
    );
    assert!(!stdout.contains("# node"), "no trace without --trace");
}

#[test]
fn an_unknown_locale_is_refused() {
    let data = tempfile::tempdir().unwrap();
    for args in [
        &["chat", "--locale", "xx"][..],
        &["graph", "--locale", "xx"][..],
        &["content", "export", "--locale", "xx"][..],
    ] {
        let out = baken(args, data.path(), b"");
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("unknown locale `xx`; available: en, nl")
                || err.contains("unknown locale `xx`; available: nl, en"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn check_passes_on_the_shipped_content() {
    let data = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let flows = root.join("flows");
    let locales = root.join("locales");
    let out = baken(
        &[
            "check",
            "--flows",
            flows.to_str().unwrap(),
            "--locales",
            locales.to_str().unwrap(),
        ],
        data.path(),
        b"",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.lines().last().unwrap().starts_with("ok:"),
        "{stdout}"
    );
}

/// Copy the shipped content, break it with `edit`, and return what `baken check` says.
fn check_broken(edit: impl FnOnce(&Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("flows"), &dir.path().join("flows"));
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    edit(dir.path());
    let out = baken(
        &["check", "--flows", "flows", "--locales", "locales"],
        dir.path(),
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a broken content must fail the check"
    );
    String::from_utf8(out.stdout).unwrap()
}

fn append(path: &Path, text: &str) {
    let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    f.write_all(text.as_bytes()).unwrap();
}

#[test]
fn check_names_file_and_line_of_a_toml_error() {
    let out = check_broken(|d| {
        let p = d.join("flows/main.toml");
        let lines = std::fs::read_to_string(&p).unwrap().lines().count();
        append(&p, "\n[[node]]\nid = \"broken\nsay = []\n");
        assert!(lines > 0);
    });
    assert!(out.contains("flows/main.toml:"), "{out}");
    let line: usize = out
        .split("flows/main.toml:")
        .nth(1)
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        line > 50,
        "the line of the broken string, got {line}: {out}"
    );
}

#[test]
fn check_names_file_and_line_of_a_fluent_error() {
    let out = check_broken(|d| {
        let p = d.join("locales/en/main.ftl");
        let n = std::fs::read_to_string(&p).unwrap().lines().count();
        append(&p, "\nbroken-message = { -vt-tel\n");
        assert!(n > 0);
    });
    assert!(out.contains("locales/en/main.ftl:"), "{out}");
    assert!(out.contains("Fluent syntax error"), "{out}");
}

#[test]
fn check_finds_missing_nodes_messages_terms_and_bad_patterns() {
    let out = check_broken(|d| {
        append(
            &d.join("flows/main.toml"),
            "\n[[node]]\nid = \"extra\"\nsay = [\"no-such-message\"]\noptions = [{ label = \"opt-menu\", to = \"nowhere\" }]\nmatch.nl = ['(unclosed']\n",
        );
        append(
            &d.join("locales/nl/main.ftl"),
            "\nuses-missing-term = Bel { -no-such-term }\n",
        );
    });
    for want in [
        "uses message `no-such-message`, which `nl` lacks",
        "option leads to node `nowhere`, which does not exist",
        "pattern does not compile",
        "-no-such-term",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}

#[test]
fn check_reports_missing_translations_unused_messages_and_dead_ends() {
    let out = check_broken(|d| {
        let p = d.join("locales/en/crisis.ftl");
        let text = std::fs::read_to_string(&p).unwrap();
        // drop the English suicide answer (falls back to Dutch at run time, but check reports it)
        let kept: String = text
            .split("\n\n")
            .filter(|block| !block.trim_start().starts_with("crisis-suicide"))
            .collect::<Vec<_>>()
            .join("\n\n");
        std::fs::write(&p, kept).unwrap();
        append(&d.join("locales/nl/main.ftl"), "\nnobody-uses-me = Hallo\n");
        append(
            &d.join("flows/main.toml"),
            "\n[[node]]\nid = \"island\"\nsay = [\"menu\"]\n",
        );
    });
    for want in [
        "message `crisis-suicide` is missing",
        "message `nobody-uses-me` is not used",
        "node `island` cannot be reached",
        "node `island` has no way back to the menu",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}

#[test]
fn a_broken_content_directory_is_refused_at_start_not_half_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("flows"), &dir.path().join("flows"));
    append(&dir.path().join("flows/crisis.toml"), "\n[[node]\n");
    let out = Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(["chat"])
        .env("BAKEN_DATA_DIR", dir.path())
        .env("BAKEN_FLOWS_DIR", dir.path().join("flows"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing was said");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("flows/crisis.toml:"), "{err}");
}

#[test]
fn a_bad_config_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("baken.toml"),
        "instance_name = \"X\"\nsession_ttl_minutes = 100000\n",
    )
    .unwrap();
    let out = baken(&["chat"], dir.path(), b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("24 hours"));
    std::fs::write(dir.path().join("baken.toml"), "colour = \"blue\"\n").unwrap();
    let out = baken(&["chat"], dir.path(), b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("baken.toml:1") && err.contains("colour"),
        "{err}"
    );
}

/// The default build has no chat channels (a fast first run); `serve` must say how to get them
/// rather than start and answer nobody.
#[cfg(not(any(feature = "telegram", feature = "matrix")))]
#[test]
fn serve_without_channels_built_says_how_to_rebuild() {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baken"));
    let out = cmd
        .arg("serve")
        .env("BAKEN_DATA_DIR", data.path())
        .env("TELOXIDE_TOKEN", "123:AA")
        .env_remove("BAKEN_CONFIG")
        .current_dir(data.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Telegram is configured")
            && err.contains("built without Telegram/Matrix: rebuild with `--features full`"),
        "{err}"
    );
}

/// Logs read by a journal or a log collector: no colour codes in a pipe, JSON when asked, and
/// the same privacy in both (no message text at trace level).
#[test]
fn logs_have_no_colour_in_a_pipe_and_json_when_asked() {
    let data = tempfile::tempdir().unwrap();
    let out = baken(&["chat"], data.path(), b"MarkerL0G mijn naam is Zwaantje\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("console chat started"), "{err}");
    assert!(!err.contains('\x1b'), "colour codes in a pipe: {err:?}");

    for args in [
        &["--log-format", "json", "chat"][..],
        &["chat", "--log-format", "json"][..],
    ] {
        let out = baken(args, data.path(), b"MarkerL0G mijn naam is Zwaantje\n");
        assert!(out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().filter(|l| !l.is_empty()).collect();
        assert!(!lines.is_empty());
        for line in lines {
            let v: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            assert!(v["level"].is_string() && v["fields"].is_object(), "{line}");
            assert!(!line.contains("MarkerL0G") && !line.contains("Zwaantje"));
        }
    }
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_baken"));
    let out = cmd
        .arg("chat")
        .env("BAKEN_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .env("BAKEN_DATA_DIR", data.path())
        .current_dir(data.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim_start().starts_with('{'), "{err}");
}

/// Run `baken` as an operator would, with a home of its own (the default data directories).
fn operator(args: &[&str], cwd: &Path, home: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baken"));
    cmd.args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("BAKEN_CONFIG")
        .env_remove("BAKEN_DATA_DIR")
        .env_remove("BAKEN_INSTANCE")
        .env_remove("RUST_LOG")
        .current_dir(cwd)
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// The README's "A municipality's own Baken" commands, as written, right after `baken init`.
#[test]
fn the_readme_instance_examples_work_after_init() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = operator(args, cwd.path(), home.path(), &[]);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["init", "gemeente-x", "--name", "Gemeente X"]);
    // Drafts are reported as warnings first; the verdict is the last line.
    let checked = run(&["check", "--instance", "gemeente-x"]);
    assert!(
        checked.lines().last().is_some_and(|l| l.starts_with("ok:")),
        "{checked}"
    );
    assert_eq!(
        run(&["link", "poster-najaar", "--instance", "gemeente-x"]).trim(),
        "https://t.me/BakenVoorbeeldBot?start=c-poster-najaar"
    );
    run(&[
        "qr",
        "poster-najaar",
        "--instance",
        "gemeente-x",
        "--out",
        "poster.svg",
    ]);
    assert!(cwd.path().join("poster.svg").exists());
    assert!(
        run(&[
            "stats",
            "--instance",
            "gemeente-x",
            "--by",
            "week",
            "--format",
            "table"
        ])
        .starts_with("period")
    );
    // The template marks its example campaign as one.
    let toml = std::fs::read_to_string(cwd.path().join("gemeente-x/baken.toml")).unwrap();
    assert!(toml.contains("EXAMPLE campaign"));
}

/// `chat` and `check` agree: a language Baken does not have is refused, from any source.
#[test]
fn an_unknown_default_locale_is_refused_by_check_and_chat() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let fr = [("BAKEN_DEFAULT_LOCALE", "fr")];
    for args in [&["chat"][..], &["check"][..]] {
        let out = operator(args, cwd.path(), home.path(), &fr);
        assert!(!out.status.success(), "{args:?} accepted fr");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            all.contains("default_locale `fr` (from BAKEN_DEFAULT_LOCALE) is not a language here"),
            "{args:?}: {all}"
        );
    }
    std::fs::write(cwd.path().join("baken.toml"), "default_locale = \"fr\"\n").unwrap();
    let out = operator(&["chat"], cwd.path(), home.path(), &[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("baken.toml:1: default_locale `fr`"));
}

#[test]
fn stats_refuses_from_after_to_and_instances_keep_their_own_data() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let out = operator(
        &["stats", "--from", "2026-12-01", "--to", "2026-11-01"],
        cwd.path(),
        home.path(),
        &[],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--from 2026-12-01 is after --to 2026-11-01")
    );

    for name in ["a", "b"] {
        std::fs::create_dir_all(cwd.path().join(name)).unwrap();
    }
    let a = baken::config::Config::load_instance(&cwd.path().join("a")).unwrap();
    let b = baken::config::Config::load_instance(&cwd.path().join("b")).unwrap();
    assert_ne!(a.data_dir(), b.data_dir());
    assert!(
        a.data_dir()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("a-")
    );
}

/// D15: a value out of range in the configuration file is refused with its file and line, like
/// a syntax error; D16: a language the content does not have, in a file given with `--config`,
/// names that file (it said `baken.toml`, without a line).
#[test]
fn d15_d16_config_range_and_locale_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "instance_name = \"X\"\nsession_ttl_minutes = 0\n",
            "my.toml:2: session_ttl_minutes",
        ),
        (
            "instance_name = \"X\"\n\n[telegram]\npoll_timeout_secs = 0\n",
            "my.toml:4: telegram.poll_timeout_secs",
        ),
        ("stats_min_count = 0\n", "my.toml:1: stats_min_count"),
        (
            "[[campaign]]\ntag = \"zomer\"\nstart = 2026-09-01\nend = 2026-06-01\n",
            "my.toml:2: campaign `zomer` ends",
        ),
    ];
    for (text, want) in cases {
        std::fs::write(dir.path().join("my.toml"), text).unwrap();
        for cmd in ["check", "chat"] {
            let out = baken(&["--config", "my.toml", cmd], dir.path(), b"");
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.status.success(), "{cmd} accepted {text:?}");
            assert!(all.contains(want), "{cmd} {text:?}: {all}");
        }
    }
    std::fs::write(
        dir.path().join("my.toml"),
        "instance_name = \"X\"\nlocales = [\"nl\", \"xx\"]\n",
    )
    .unwrap();
    let out = baken(&["--config", "my.toml", "check"], dir.path(), b"");
    let all = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(all.contains("my.toml:2: locales names `xx`"), "{all}");
}

/// D19: the OS error text was printed twice (`Not a directory (os error 20): Not a directory
/// (os error 20)`).
#[test]
fn d19_os_error_is_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_baken"))
        .arg("stats")
        .env("BAKEN_DATA_DIR", file.join("data"))
        .env_remove("BAKEN_CONFIG")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(err.matches("os error").count(), 1, "{err}");
}

/// `baken eval --cross-validate --fold`: a name that matches no training file is a mistake
/// (a typo would otherwise print a report of nothing, recall 1.000 of 0); `--compare` measures
/// the same folds with other thresholds and says which.
#[test]
fn eval_fold_names_a_file_and_compare_reports_each_setting() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let lines = "suicide\t-\tik wil niet meer wakker worden\nnone\t-\tde fiets staat buiten\n";
    std::fs::write(corpus.join("a.tsv"), lines.repeat(5)).unwrap();
    std::fs::write(corpus.join("b.tsv"), lines.repeat(5)).unwrap();
    let c = corpus.to_str().unwrap();
    let out = baken(
        &["eval", "--cross-validate", "--corpus", c, "--fold", "zz"],
        dir.path(),
        b"",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--fold zz"), "{err}");
    let out = baken(
        &[
            "eval",
            "--cross-validate",
            "--corpus",
            c,
            "--fold",
            "a",
            "--quiet",
            "--compare",
            "0.45,0.5,0.4,1.1,1.1,1.1",
        ],
        dir.path(),
        b"",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("the same folds with --thresholds 0.45,0.5,0.4,1.1,1.1,1.1"),
        "{text}"
    );
    assert!(text.matches("suicide").count() >= 2, "{text}");
}
