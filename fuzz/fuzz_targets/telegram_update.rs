//! A `getUpdates` answer (or a webhook body) as the Telegram channel reads it (issue 15, item 8):
//! lone surrogates replaced (D4), the JSON read, every update read on its own with teloxide's
//! types, then what the channel does with it: a message to an engine event, a callback's data
//! to a node and option, and the engine's step with the keyboard of every reply.
//!
//! Never panics; and a reply's buttons always fit Telegram's 64 bytes of callback data and
//! read back as the option they were made from.
#![no_main]

use std::sync::{Arc, LazyLock};

use baken::channels::telegram::{
    callback_data, keyboard, lone_surrogates_replaced, message_event, parse_callback,
};
use baken::{Content, Engine, Event};
use libfuzzer_sys::fuzz_target;
use teloxide::types::{Update, UpdateKind};

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    Engine::new(
        Arc::new(Content::embedded().expect("the shipped content loads")),
        "nl",
    )
});

fuzz_target!(|data: &[u8]| {
    let text = lone_surrogates_replaced(&String::from_utf8_lossy(data));
    let Ok(reply) = serde_json::from_str::<serde_json::Value>(&text) else {
        return;
    };
    // A whole `getUpdates` answer, or one update (a webhook body).
    let updates = match reply.get("result") {
        Some(serde_json::Value::Array(a)) => a.clone(),
        _ => vec![reply],
    };
    for raw in updates {
        let Ok(update) = serde_json::from_str::<Update>(&raw.to_string()) else {
            continue;
        };
        let event = match &update.kind {
            UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => message_event(m),
            UpdateKind::CallbackQuery(q) => q
                .data
                .as_deref()
                .and_then(parse_callback)
                .map(|(node, index)| Event::Choose { node, index }),
            _ => None,
        };
        let Some(event) = event else { continue };
        let out = ENGINE.step(None, event, 0);
        for r in &out.replies {
            let _ = keyboard(r);
            for o in &r.options {
                let d = callback_data(&o.node, o.index);
                assert!(d.len() <= 64, "callback data too long: {d}");
                assert_eq!(parse_callback(&d), Some((o.node.clone(), o.index)));
            }
        }
    }
});
