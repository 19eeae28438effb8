//! The terminal chat as a person at a keyboard sees it (`baken chat` in a terminal): terminal
//! wording, how to quit, `exit`/`quit` ending the program, text wrapped to the width.
//! Line editing itself is rustyline's; these tests feed lines the way it hands them over.

use std::sync::Arc;

use baken::channels::console::{self, Backend, ConsoleOptions, Lines};
use baken::{Content, Engine, KeyedHasher, MemoryStore, SessionStore};

fn chat(input: &str, width: Option<usize>) -> (String, MemoryStore) {
    let engine = Engine::new(Arc::new(Content::embedded().unwrap()), "nl")
        .with_flood_limit(None)
        .with_channel_messages("console");
    let store = MemoryStore::new(1800);
    let hasher = KeyedHasher::random();
    let backend = Backend {
        engine: &engine,
        store: &store,
        hasher: &hasher,
        stats: None,
        clock: &|| 1_000,
    };
    let options = ConsoleOptions {
        interactive: true,
        width,
        ..ConsoleOptions::default()
    };
    let mut out = Vec::new();
    console::run_with(&backend, &options, &mut Lines(input.as_bytes()), &mut out).unwrap();
    (String::from_utf8(out).unwrap(), store)
}

#[test]
fn the_welcome_says_how_to_quit_and_help_uses_terminal_words() {
    let (out, _) = chat("help\n", None);
    assert!(
        out.contains("Typ exit of quit, of druk Ctrl-D, om Baken af te sluiten."),
        "{out}"
    );
    assert!(
        out.contains("typ het nummer van je keuze en druk op Enter"),
        "{out}"
    );
    assert!(!out.contains("tik op een knop"), "{out}");
}

#[test]
fn exit_and_quit_end_the_chat_and_forget_it() {
    for word in ["exit", "quit", "Exit"] {
        let (out, store) = chat(&format!("1\n{word}\n6\n"), None);
        assert!(out.contains("Waar kan ik je mee helpen?"), "{out}");
        assert!(
            !out.contains("0800-2000"),
            "a line after {word} was answered: {out}"
        );
        assert_eq!(store.len(), 0, "the session is forgotten");
        assert!(
            out.ends_with("\x1b[2J\x1b[3J\x1b[H"),
            "the screen is cleared"
        );
    }
    // Ctrl-D (the end of the input) ends it too, and forgets the session.
    let (_, store) = chat("1\n", None);
    assert_eq!(store.len(), 0);
}

#[test]
fn replies_wrap_to_the_terminal_width() {
    let (out, _) = chat("1\n6\n", Some(40));
    for line in out.lines().filter(|l| !l.contains("://")) {
        assert!(
            line.chars().count() <= 40,
            "a line of {} columns: {line}",
            line.chars().count()
        );
    }
    assert!(out.contains("0800-2000"));
}
