//! A whole Matrix room message event as the Matrix channel gets it (issue 15, item 8): any
//! bytes read as JSON into ruma's `OriginalSyncRoomMessageEvent` (what matrix-sdk hands the
//! bot's event handler), `matrix::translate` to an engine event, the engine's step, and every
//! reply rendered as the channel sends it (`matrix::render`: a plain and an HTML body).
//!
//! Never panics, and keeps what `translate` and `render` promise in their doc comments:
//!
//! - notices, verification requests and server notices are ignored (no event);
//! - every text a person typed is read for crisis words: when the body of a message (or the
//!   caption of media, or an edit's new text), given to the engine as a plain text message,
//!   gets a crisis answer, the event gets one too. Not asserted for a reply whose body starts
//!   with the quoted message (`> ` lines): those lines are someone else's text and are dropped;
//! - the HTML body is well formed: every `<` in it opens or closes one of the few tags `render`
//!   writes itself, so no text from the content or the message can bring its own (`<script`);
//!   a link's address cannot leave its attribute.
#![no_main]

use std::sync::{Arc, LazyLock};

use baken::channels::matrix::{render, translate};
use baken::{Content, Engine, Event, Outcome};
use libfuzzer_sys::fuzz_target;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation,
};

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    Engine::new(
        Arc::new(Content::embedded().expect("the shipped content loads")),
        "nl",
    )
});

/// The tags `render` writes; everything else in its HTML is escaped text.
const TAGS: [&str; 10] = [
    "<div dir=\"auto\">",
    "</div>",
    "<br>",
    "<ol>",
    "</ol>",
    "<ul>",
    "</ul>",
    "<li>",
    "</li>",
    "</a>",
];

fn check_html(html: &str) {
    assert!(
        html.starts_with("<div dir=\"auto\">") && html.ends_with("</div>"),
        "the HTML body sits in one <div dir=\"auto\">: {html}"
    );
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        if let Some(tag) = TAGS.iter().find(|t| rest.starts_with(**t)) {
            rest = &rest[tag.len()..];
        } else if let Some(after) = rest.strip_prefix("<a href=\"") {
            // The address is escaped: it ends at the first quote, and holds no tag.
            let end = after
                .find("\">")
                .unwrap_or_else(|| panic!("an unterminated link in the HTML body: {html}"));
            let url = &after[..end];
            assert!(
                !url.contains(['"', '<', '>']),
                "a link's address leaves its attribute: {url}"
            );
            rest = &after[end + 2..];
        } else {
            panic!("a tag render does not write (unescaped text) in the HTML body: {html}");
        }
    }
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "<script in the HTML body: {html}"
    );
}

fn crisis_answer(out: &Outcome) -> bool {
    out.replies.iter().any(|r| r.crisis.is_some())
}

/// Message types whose text is not a person's: `translate` ignores them.
fn ignored(msgtype: &MessageType) -> bool {
    matches!(
        msgtype,
        MessageType::Notice(_) | MessageType::VerificationRequest(_) | MessageType::ServerNotice(_)
    )
}

fuzz_target!(|data: &[u8]| {
    let Ok(ev) = serde_json::from_slice::<OriginalSyncRoomMessageEvent>(data) else {
        return;
    };
    let event = translate(&ENGINE, &ev);

    // The text the person typed, when `translate` promises to read it for crisis words.
    let typed = match &ev.content.relates_to {
        Some(Relation::Replacement(r)) => {
            (!ignored(&r.new_content.msgtype)).then(|| r.new_content.msgtype.body().to_string())
        }
        relation => {
            let msgtype = &ev.content.msgtype;
            if ignored(msgtype) {
                assert!(event.is_none(), "a notice or verification request is answered");
                None
            } else {
                let body = msgtype.body();
                let quoted = matches!(relation, Some(Relation::Reply { .. }))
                    && matches!(msgtype, MessageType::Text(_) | MessageType::Emote(_))
                    && body.starts_with("> ");
                (!quoted).then(|| body.to_string())
            }
        }
    };

    let out = event.map(|e| ENGINE.step(None, e, 0));
    if let Some(typed) = typed
        && crisis_answer(&ENGINE.step(None, Event::Text(typed), 0))
    {
        assert!(
            out.as_ref().is_some_and(crisis_answer),
            "a crisis sentence in a Matrix message gets no crisis answer"
        );
    }
    for reply in out.iter().flat_map(|o| &o.replies) {
        let (plain, html) = render(reply);
        assert!(
            plain.starts_with(reply.text.trim_end()),
            "the plain body starts with the reply's text"
        );
        check_html(&html);
    }
});
