//! Arbitrary typed text through `Engine::step`, in various sessions: none, at any node, in any
//! locale, with a node that no longer exists, in the middle of a flood; several messages in a
//! row. Also `text::normalise` and `text::variants` on their own.
//!
//! Besides "never panics", it checks what the engine promises:
//! - text that crisis detection recognises gets a crisis answer first (without a flood limit);
//! - a step never leaves a session at a node that does not exist (when it started at one that
//!   does);
//! - only a flood that was already warned about gets no reply at all;
//! - the normalised text is at most `MAX_MESSAGE_CHARS` long, is its own normal form, and is
//!   the first variant.
#![no_main]

use std::sync::{Arc, LazyLock};

use baken::text::{self, MAX_MESSAGE_CHARS};
use baken::{Content, Engine, Event, Session};
use libfuzzer_sys::fuzz_target;

static CONTENT: LazyLock<Arc<Content>> =
    LazyLock::new(|| Arc::new(Content::embedded().expect("the shipped content loads")));
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(CONTENT.clone(), "nl"));
static UNLIMITED: LazyLock<Engine> =
    LazyLock::new(|| Engine::new(CONTENT.clone(), "nl").with_flood_limit(None));

fuzz_target!(|input: (u8, u8, u8, u32, Vec<String>)| {
    let (node, locale, flags, start, messages) = input;
    let content = &*CONTENT;

    for m in &messages {
        let normal = text::normalise(m);
        assert!(
            normal.chars().count() <= MAX_MESSAGE_CHARS,
            "normalise is bounded"
        );
        assert_eq!(text::normalise(&normal), normal, "normalise is idempotent");
        let variants = text::variants(m);
        assert_eq!(variants[0], normal);
        let _ = text::clean_for_display(m);
    }

    let engine: &Engine = if flags & 1 == 0 { &ENGINE } else { &UNLIMITED };
    let nodes = content.nodes();
    let locales = content.locale_ids();
    let now0 = u64::from(start);
    let mut session = if flags & 2 == 0 {
        None
    } else {
        let mut s = Session::new(locales[usize::from(locale) % locales.len()], now0);
        s.node = if flags & 4 == 0 {
            nodes[usize::from(node) % nodes.len()].id.clone()
        } else {
            "no-such-node".into()
        };
        if flags & 8 != 0 {
            // In the middle of a flood window.
            s.window_count = u32::from(node);
            s.window_warned = flags & 16 != 0;
            s.window_crisis = locale & 7;
        }
        if flags & 32 != 0 {
            s.locale = "xx".into();
        }
        Some(s)
    };

    for (i, m) in messages.iter().take(16).enumerate() {
        let now = now0 + (i as u64) * u64::from(flags >> 6);
        let valid_before = session
            .as_ref()
            .is_none_or(|s| content.node(&s.node).is_some());
        let warned_before = session.as_ref().is_some_and(|s| s.window_warned);
        let out = engine.step(session.clone(), Event::Text(m.clone()), now);

        let crisis = content.detect_crisis(m);
        if flags & 1 == 1 && !crisis.is_empty() {
            assert_eq!(
                out.replies.first().and_then(|r| r.crisis),
                Some(crisis[0]),
                "a crisis message is answered as a crisis first"
            );
        }
        if valid_before && let Some(s) = &out.session {
            assert!(content.node(&s.node).is_some(), "session at a missing node");
        }
        if out.replies.is_empty() {
            assert!(warned_before, "no reply, but no flood warning was given");
        }
        session = out.session;
    }
});
