//! A long message body as the Matrix channel hands it to the engine (issue 15, item 8; Matrix
//! D5): `serve::crisis_window` picks the 4,096-character window that holds a crisis sentence.
//!
//! Never panics; the window is part of the message, a window chosen for its crisis is no longer
//! than the engine's window (an uneventful message is handed over whole);
//! and when a window of the message holds crisis words, the one chosen does too.
#![no_main]

use std::sync::{Arc, LazyLock};

use baken::serve::crisis_window;
use baken::text::MAX_MESSAGE_CHARS;
use baken::{Content, Engine};
use libfuzzer_sys::fuzz_target;

static CONTENT: LazyLock<Arc<Content>> =
    LazyLock::new(|| Arc::new(Content::embedded().expect("the shipped content loads")));
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(CONTENT.clone(), "nl"));

fuzz_target!(|input: (u16, String, bool)| {
    let (filler, sentence, alone) = input;
    // Long enough to need windows: neutral filler, then the fuzzed sentence on its own line
    // (`alone`), or glued to the filler (any text at all).
    let text = format!(
        "{}{}{sentence}",
        "bla ".repeat(usize::from(filler) % 3000),
        if alone { "\n" } else { "" }
    );
    let window = crisis_window(&ENGINE, &text);
    assert!(text.contains(&window), "the window is part of the message");
    // A window chosen for its crisis is one window long; without a crisis the message is
    // handed over as it is (`crisis_window`'s contract: the engine reads the whole message
    // for crisis words and only the first window for routing).
    if text.chars().count() > MAX_MESSAGE_CHARS && window != text {
        assert!(window.chars().count() <= MAX_MESSAGE_CHARS);
    }
    if alone && !CONTENT.detect_crisis(&sentence).is_empty() && sentence.chars().count() < 256 {
        assert!(
            !CONTENT.detect_crisis(&window).is_empty(),
            "a crisis sentence in a long message is in the window"
        );
    }
});
