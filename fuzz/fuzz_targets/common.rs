//! What every content target starts from and does with the files it built: the small fixture
//! content in `fuzz/fixture/` ([`base`]), with one file fuzzed; load them, and when they load,
//! use them the way `baken check` and a conversation would. Loading must return an error for
//! bad content, never panic.

#![allow(dead_code)]

use std::path::Path;
use std::sync::{Arc, LazyLock};

use baken::content::SourceFile;
use baken::{Content, ContentFiles, Engine, Event};

/// The fixture, read once: `fuzz/fixture/flows` and `fuzz/fixture/locales` as an operator's
/// flows and locales directories would be read, plus the shipped shared terms
/// (`locales/contacts.ftl`). The shipped content has a few hundred patterns, and checking and
/// compiling them took most of every input's time (3 inputs per second); the fixture has
/// eight (`fuzz/fixture/README.md`). Paths are shown relative to the fixture, as the shipped
/// ones are.
static BASE: LazyLock<ContentFiles> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixture");
    let mut files = ContentFiles::from_dirs(&dir.join("flows"), &dir.join("locales"))
        .expect("fuzz/fixture is readable");
    files.shared = ContentFiles::embedded().shared;
    let prefix = format!("{}/", dir.display());
    let relative = |f: &mut SourceFile| {
        if let Some(p) = f.path.strip_prefix(&prefix) {
            f.path = p.to_string();
        }
    };
    files.flows.iter_mut().for_each(relative);
    for l in files.locales.values_mut() {
        l.ftl.iter_mut().for_each(relative);
        l.settings.iter_mut().for_each(relative);
    }
    // A fixture that does not load (say, after a new required message) would leave the
    // fuzzer only the error paths: refuse to start instead.
    let content = Content::load(files.clone()).expect("fuzz/fixture loads");
    let lint = content.lint();
    assert!(lint.is_empty(), "fuzz/fixture is clean: {lint:?}");
    files
});

/// The files of the fixture content, to put a fuzzed file in.
pub fn base() -> ContentFiles {
    BASE.clone()
}

/// Bytes as the loader reads a file from disk: invalid UTF-8 becomes U+FFFD (and is reported
/// as a problem by the loader).
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Put `text` in place of `files[len % (n + 1)]`, or add it as a new file when that index is
/// `n`. The choice follows the input's length, so the fuzzer reaches every file and the
/// "extra file" case without a selector byte that would spoil seeds taken from real files.
pub fn replace_or_add(files: &mut Vec<SourceFile>, text: String, new_path: &str) {
    let i = text.len() % (files.len() + 1);
    if i == files.len() {
        files.push(SourceFile {
            path: new_path.to_string(),
            text,
            instance: false,
        });
    } else {
        files[i].text = text;
    }
}

/// Load, and exercise what loaded.
pub fn load(files: ContentFiles) {
    match Content::load(files) {
        Err(e) => {
            // Every problem must be printable, as `baken check` prints them.
            let _ = e.to_string();
        }
        Ok(content) => {
            let _ = content.lint();
            let content = Arc::new(content);
            let engine = Engine::new(content.clone(), "nl");
            let start = engine.step(
                None,
                Event::Start {
                    payload: None,
                    locale_hint: None,
                },
                0,
            );
            let mut session = start.session;
            for text in [
                "menu",
                "1",
                "hij gaat me vermoorden",
                "help",
                "xyzzy",
                "stop",
            ] {
                session = engine.step(session, Event::Text(text.into()), 1).session;
            }
            // Every node's every option, in every locale.
            for node in content.nodes() {
                for index in 0..node.options.len() {
                    for locale in content.locale_ids() {
                        let mut s = baken::Session::new(locale, 0);
                        s.node = node.id.clone();
                        let _ = engine.step(
                            Some(s),
                            Event::Choose {
                                node: node.id.clone(),
                                index,
                            },
                            2,
                        );
                    }
                }
            }
        }
    }
}
