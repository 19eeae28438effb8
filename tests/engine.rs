//! Engine behaviour a person would notice: commands from anywhere, options by number and by
//! label, language switching, erase, deep links, bad input, flood protection, determinism.

use std::sync::Arc;

use baken::engine::{FLOOD_LIMIT, FLOOD_WINDOW_SECS};
use baken::{Content, Effect, Engine, Event, Outcome, Session};

fn engine() -> Engine {
    Engine::new(Arc::new(Content::embedded().unwrap()), "nl")
}

fn start(engine: &Engine) -> Session {
    engine
        .step(
            None,
            Event::Start {
                payload: None,
                locale_hint: None,
            },
            100,
        )
        .session
        .unwrap()
}

fn text(engine: &Engine, s: Session, t: &str) -> Outcome {
    engine.step(Some(s), Event::Text(t.into()), 101)
}

fn all_text(out: &Outcome) -> String {
    out.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn start_says_it_is_a_bot_anonymous_erasable_and_112_and_asks_if_it_is_safe() {
    let e = engine();
    let out = e.step(
        None,
        Event::Start {
            payload: None,
            locale_hint: None,
        },
        0,
    );
    let t = all_text(&out);
    assert!(t.contains("chatbot, geen mens"), "{t}");
    assert!(t.contains("anoniem"));
    assert!(t.contains("30 minuten"));
    assert!(t.contains("stop"));
    assert!(t.contains("112"));
    assert!(t.contains("meekijken"));
    assert!(!t.to_lowercase().starts_with("geweld"));
    assert_eq!(out.replies.last().unwrap().options.len(), 3);
}

#[test]
fn app_language_picks_the_first_locale() {
    let e = engine();
    let out = e.step(
        None,
        Event::Start {
            payload: None,
            locale_hint: Some("en-GB".into()),
        },
        0,
    );
    assert_eq!(out.session.clone().unwrap().locale, "en");
    assert!(all_text(&out).contains("not a person"));
    let out = e.step(
        None,
        Event::Start {
            payload: None,
            locale_hint: Some("tlh".into()),
        },
        0,
    );
    assert_eq!(out.session.unwrap().locale, "nl");
}

#[test]
fn options_by_number_by_label_and_by_button() {
    let e = engine();
    let s = start(&e);
    let out = text(&e, s.clone(), "1");
    assert_eq!(out.session.as_ref().unwrap().node, "menu");
    let out = text(&e, out.session.unwrap(), "6");
    assert_eq!(out.session.as_ref().unwrap().node, "contacts");
    assert!(all_text(&out).contains("0800-2000"));

    // The label typed (any case, curly quotes or not) picks the option.
    let out = text(&e, s.clone(), "ja, ik kan rustig lezen");
    assert_eq!(out.session.unwrap().node, "menu");

    // A button carries its node, so an old button still does what it said.
    let out = e.step(
        Some(s),
        Event::Choose {
            node: "welcome".into(),
            index: 2,
        },
        101,
    );
    assert_eq!(out.session.unwrap().node, "crisis-acute");
    assert!(out.replies[0].text.starts_with("Bel nu 112"));
}

#[test]
fn commands_work_from_any_node_in_any_language() {
    let e = engine();
    let s = text(&e, start(&e), "1").session.unwrap(); // menu
    let s = text(&e, s, "4").session.unwrap(); // phone
    for (cmd, node) in [
        ("menu", "menu"),
        ("MENU", "menu"),
        ("/menu", "menu"),
        ("hulp", "help"),
        ("help", "help"),
        ("taal", "language"),
        ("language", "language"),
        ("112", "crisis-acute"),
        ("sos", "crisis-acute"),
    ] {
        let out = text(&e, s.clone(), cmd);
        assert_eq!(out.session.unwrap().node, node, "command {cmd}");
    }
}

#[test]
fn asking_if_it_is_human_gets_an_honest_answer_anywhere() {
    let e = engine();
    let s = text(&e, start(&e), "1").session.unwrap();
    for q in [
        "ben je een mens?",
        "Ben jij echt?",
        "are you a real person?",
        "am I talking to a bot",
    ] {
        let out = text(&e, s.clone(), q);
        assert_eq!(out.session.as_ref().unwrap().node, "about-bot", "{q}");
        let t = all_text(&out);
        assert!(t.contains("bot"), "{t}");
        assert!(t.contains("0800-2000"), "a human is one call away: {t}");
    }
}

#[test]
fn switching_language_changes_every_following_reply() {
    let e = engine();
    let s = text(&e, start(&e), "taal").session.unwrap();
    let out = text(&e, s, "2");
    let s = out.session.unwrap();
    assert_eq!(s.locale, "en");
    assert!(all_text(&text(&e, s, "6")).contains("Who can help"));
}

#[test]
fn erase_forgets_the_session_and_asks_the_channel_to_delete_messages() {
    let e = engine();
    let mut s = start(&e);
    s.remember_sent("m1");
    s.remember_sent("m2");
    for word in ["stop", "wis", "erase", "Stop!"] {
        let out = text(&e, s.clone(), word);
        assert!(out.session.is_none(), "{word}");
        assert_eq!(
            out.effects,
            vec![
                Effect::EraseConversation {
                    sent: vec!["m1".into(), "m2".into()]
                },
                Effect::EndSession
            ]
        );
        let t = all_text(&out);
        assert!(t.contains("gewist") && t.contains("112"), "{t}");
    }
    // The erase button does the same.
    let s = text(&e, start(&e), "2").session.unwrap(); // unsafe-now
    let out = e.step(
        Some(s),
        Event::Choose {
            node: "unsafe-now".into(),
            index: 0,
        },
        102,
    );
    assert!(out.session.is_none());
    assert!(matches!(out.effects[0], Effect::EraseConversation { .. }));
}

#[test]
fn not_understood_is_kind_and_shows_the_menu() {
    let e = engine();
    let s = text(&e, start(&e), "1").session.unwrap();
    let out = text(&e, s, "xyzzy qwerty");
    // Kind, and never without 112 and a person to talk to (content review S2, T2).
    let first = &out.replies[0].text;
    assert!(first.contains("ik wil je wel helpen"), "{first}");
    assert!(first.contains("112") && first.contains("0800-2000") && first.contains("mens"));
    assert_eq!(out.session.unwrap().node, "menu");
    assert_eq!(out.replies.last().unwrap().options.len(), 6);
}

/// A greeting is no riddle: "hoi" in the middle of a conversation gets the welcome again (who
/// Baken is, and whether it is safe to read), not "I do not understand".
#[test]
fn a_greeting_gets_the_welcome_not_a_not_understood() {
    let e = engine();
    for greeting in ["hoi", "Hallo?", "goedemorgen", "hi there", "hey!!"] {
        let s = text(&e, start(&e), "1").session.unwrap();
        assert_eq!(s.node, "menu");
        let out = text(&e, s, greeting);
        let all = all_text(&out);
        assert!(!all.contains("begrijp niet"), "{greeting}: {all}");
        assert_eq!(out.session.unwrap().node, "welcome", "{greeting}");
    }
    // Right after the welcome, a greeting asks its question again, not the whole welcome.
    let out = text(&e, start(&e), "hoi");
    assert_eq!(out.replies.len(), 1);
    assert!(all_text(&out).contains("meekijken"), "{}", all_text(&out));
    assert_eq!(out.replies[0].options.len(), 3);
    // A greeting as the very first message (no /start, as Telegram allows): the whole welcome,
    // who Baken is included (CI's Telegram test found the first stop-23 version cut it).
    let out = e.step(None, Event::Text("hoi".into()), 5);
    assert_eq!(out.session.as_ref().unwrap().node, "welcome");
    assert!(out.replies.len() >= 2, "{}", all_text(&out));
    assert!(all_text(&out).contains("Baken"), "{}", all_text(&out));
    assert!(all_text(&out).contains("meekijken"), "{}", all_text(&out));
}

#[test]
fn bad_input_gets_a_calm_answer_and_creates_nothing() {
    let e = engine();
    let huge = "a".repeat(100_000);
    let binary = String::from_utf8_lossy(&[0xff, 0xfe, 0x00, 0x01, 0x1b]).into_owned();
    for input in ["", "   ", "\u{0}\u{7}\u{1b}", "🙂🙂", "‏‎", binary.as_str()] {
        let out = e.step(None, Event::Text(input.into()), 5);
        assert!(out.session.is_none(), "{input:?} created a session");
        assert_eq!(out.replies.len(), 1, "{input:?}");
        assert!(!out.replies[0].text.is_empty());
    }
    // Long, right-to-left and emoji-laden text: answered, no panic.
    for input in [huge.as_str(), "مرحبا، أحتاج مساعدة", "שלום", "👋🏽 hoi 🏳️‍🌈"]
    {
        let out = e.step(Some(start(&e)), Event::Text(input.into()), 5);
        assert!(!out.replies.is_empty(), "{input:?}");
    }
    let out = e.step(Some(start(&e)), Event::NonText, 5);
    assert!(out.replies[0].text.contains("alleen tekst"));
    assert!(e.step(None, Event::NonText, 5).session.is_none());
}

#[test]
fn deep_links_choose_campaign_locale_and_entry_and_bad_ones_fall_back() {
    let e = engine().with_campaigns(vec![baken::campaign::Campaign {
        tag: "poster2026".into(),
        entry: Some("me".into()),
        locale: Some("nl".into()),
        start: jiff::civil::date(1970, 1, 1),
        end: jiff::civil::date(1970, 1, 31),
    }]);
    let go = |p: &str| {
        e.step(
            None,
            Event::Start {
                payload: Some(p.into()),
                locale_hint: None,
            },
            0,
        )
        .session
        .unwrap()
    };
    let s = go("c-poster2026_l-en_n-worried");
    assert_eq!(
        (s.campaign.as_deref(), s.locale.as_str(), s.node.as_str()),
        (Some("poster2026"), "en", "worried")
    );
    // A declared campaign brings its own entry and language (here: the parts after it win).
    let s = go("c-poster2026");
    assert_eq!(
        (s.campaign.as_deref(), s.locale.as_str(), s.node.as_str()),
        (Some("poster2026"), "nl", "me")
    );
    // After its end date, or undeclared: a normal start, nothing counted.
    let late = e
        .step(
            None,
            Event::Start {
                payload: Some("c-poster2026".into()),
                locale_hint: None,
            },
            40 * 86_400,
        )
        .session
        .unwrap();
    assert_eq!((late.campaign, late.node.as_str()), (None, "welcome"));
    for bad in [
        "c-unknown_n-me",
        "n-nonexistent",
        "l-xx",
        "<script>",
        "c-",
        &"c-x".repeat(40),
        "💥",
    ] {
        let s = go(bad);
        assert_eq!(s.node, "welcome", "{bad}");
        assert_eq!(s.locale, "nl", "{bad}");
    }
}

#[test]
fn a_flood_is_answered_once_but_a_crisis_still_gets_through() {
    let e = engine();
    let mut s = start(&e);
    let mut answered = 0;
    let mut slow_down = 0;
    for i in 0..50 {
        let out = e.step(Some(s), Event::Text(format!("bericht {i}")), 200);
        s = out.session.unwrap();
        if out
            .replies
            .iter()
            .any(|r| r.text.contains("veel berichten"))
        {
            slow_down += 1;
        } else if !out.replies.is_empty() {
            answered += 1;
        }
    }
    assert_eq!(answered, FLOOD_LIMIT as usize);
    assert_eq!(slow_down, 1);
    let out = e.step(
        Some(s.clone()),
        Event::Text("hij gaat me vermoorden".into()),
        201,
    );
    assert!(out.replies[0].text.contains("112"));
    // After the window, normal answers again.
    let out = e.step(Some(s), Event::Text("menu".into()), 200 + FLOOD_WINDOW_SECS);
    assert_eq!(out.session.unwrap().node, "menu");
}

#[test]
fn the_engine_is_deterministic() {
    let e = engine();
    let s = start(&e);
    for input in ["1", "mijn ex blijft me volgen", "ik wil dood", "stop"] {
        assert_eq!(text(&e, s.clone(), input), text(&e, s.clone(), input));
    }
}

#[test]
fn sessions_never_hold_message_text() {
    let e = engine();
    let marker = "Marker7Q2Z mijn naam is Fatima en ik woon op de Dorpsstraat 12";
    let out = text(&e, start(&e), marker);
    let json = serde_json::to_string(&out.session.unwrap()).unwrap();
    for word in ["Marker7Q2Z", "Fatima", "Dorpsstraat"] {
        assert!(!json.contains(word), "{json}");
    }
}

#[test]
fn a_number_not_offered_says_which_are_and_keeps_the_options() {
    let e = engine();
    let menu = text(&e, start(&e), "1").session.unwrap();
    assert_eq!(menu.node, "menu");
    let offered = e.content().node("menu").unwrap().options.len();
    for typed in ["9", "0", "42"] {
        let out = text(&e, menu.clone(), typed);
        assert_eq!(out.replies.len(), 1, "{typed}");
        let reply = &out.replies[0];
        assert_eq!(
            reply.text,
            format!("Kies 1 tot {offered}, of typ wat er is."),
            "{typed}"
        );
        assert_eq!(reply.options.len(), offered, "the same options again");
        assert_eq!(
            out.session.unwrap().node,
            "menu",
            "the person stays where they were"
        );
    }
    // In English too; and 112 stays the emergency command, not "a number not offered".
    let mut en = menu.clone();
    en.locale = "en".into();
    assert!(all_text(&text(&e, en, "7")).starts_with(&format!("Choose 1 to {offered}")));
    assert_eq!(text(&e, menu, "112").session.unwrap().node, "crisis-acute");
}

#[test]
fn a_deep_link_past_the_welcome_still_says_bot_stop_and_112_first() {
    let e = engine();
    let open = |payload: &str, session: Option<Session>| {
        e.step(
            session,
            Event::Start {
                payload: Some(payload.into()),
                locale_hint: None,
            },
            100,
        )
    };
    let out = open("n-worried", None);
    assert_eq!(
        out.replies[0].text,
        "Ik ben een chatbot. Typ stop om te wissen. In gevaar? Bel 112."
    );
    assert_eq!(out.replies[1].node.as_deref(), Some("worried"));
    let out = open("l-en_n-worried", None);
    assert!(out.replies[0].text.starts_with("I am a chatbot."));
    // A plain start shows the whole welcome, and someone already in a conversation has seen it.
    assert_eq!(
        open("l-nl", None).replies[0].node.as_deref(),
        Some("welcome")
    );
    let out = open("n-worried", Some(start(&e)));
    assert_eq!(out.replies[0].node.as_deref(), Some("worried"));
}
