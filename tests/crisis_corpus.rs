//! The crisis corpus: phrasings that must raise a crisis answer, and everyday look-alikes that
//! must not. Run through the real engine and the shipped content, in a session that is in the
//! middle of something else (crisis detection must win in every state).

use std::sync::Arc;

use baken::{Content, CrisisKind, Engine, Event, Session};

fn engine() -> Engine {
    Engine::new(
        Arc::new(Content::embedded().expect("shipped content loads")),
        "nl",
    )
}

/// A session somewhere in the conversation (not at the start).
fn mid_conversation(engine: &Engine, locale: &str) -> Session {
    let out = engine.step(
        None,
        Event::Start {
            payload: Some(format!("l-{locale}_n-signals")),
            locale_hint: None,
        },
        1_000,
    );
    out.session.unwrap()
}

fn kinds(engine: &Engine, locale: &str, text: &str) -> Vec<CrisisKind> {
    let s = mid_conversation(engine, locale);
    let out = engine.step(Some(s), Event::Text(text.into()), 1_001);
    out.replies.iter().filter_map(|r| r.crisis).collect()
}

use CrisisKind::{Acute, Child, ChildAdult, Suicide};

const MUST_FIRE: &[(&str, &[CrisisKind])] = &[
    // Acute danger, Dutch.
    ("hij gaat me vermoorden", &[Acute]),
    ("Hij gaat me VERMOORDEN!!!", &[Acute]),
    ("mijn man wurgde me gisteren", &[Acute]),
    ("hij knijpt mijn keel dicht", &[Acute]),
    ("ze heeft een mes en bedreigt me", &[Acute]),
    ("hij bedreigt me met een mes", &[Acute]),
    ("mijn vriend slaat me nu", &[Acute]),
    ("hij slaat me op dit moment", &[Acute]),
    (
        "ik hoor de buren gillen, de buurvrouw wordt geslagen",
        &[Acute],
    ),
    ("de buurman slaat zijn vrouw", &[Acute]),
    ("help me", &[Acute]),
    ("heeeelp mij", &[Acute]),
    ("ik ben in gevaar", &[Acute]),
    ("hij staat voor de deur", &[Acute]),
    ("hij zei dat hij me dood gaat maken", &[Acute]),
    ("ik maak je af zei hij", &[Acute]),
    // Acute danger, English.
    ("he is going to kill me", &[Acute]),
    ("my ex said he would kill me", &[Acute]),
    ("he’s gonna kill me", &[Acute]),
    ("He'll kill me", &[Acute]),
    ("he tried to strangle me", &[Acute]),
    ("his hands around my neck", &[Acute]),
    ("she has a knife", &[Acute]),
    ("he is hitting me", &[Acute]),
    ("my neighbours are screaming for help", &[Acute]),
    ("help me please", &[Acute]),
    ("I'm in danger", &[Acute]),
    // Suicide.
    ("ik wil dood", &[Suicide]),
    ("ik denk aan zelfmoord", &[Suicide]),
    ("ik denk aan zelfmoort", &[Suicide]),
    ("ZELFMOORD", &[Suicide]),
    ("ik wil niet meer leven", &[Suicide]),
    ("ik wil mezelf iets aandoen", &[Suicide]),
    ("I want to kill myself", &[Suicide]),
    ("I’m going to kill myself", &[Suicide]),
    ("I don't want to live anymore", &[Suicide]),
    ("i wanna die", &[Suicide]),
    ("thinking about suicide", &[Suicide]),
    // A child.
    ("mijn vader slaat me", &[Child]),
    ("mijn moeder slaat mij elke dag", &[Child]),
    ("ik ben 13 en mijn stiefvader doet me pijn", &[Child]),
    ("hij slaat de kinderen", &[ChildAdult]),
    ("mijn dochtertje wordt geslagen", &[ChildAdult]),
    ("my dad hits me", &[Child]),
    ("I'm 14 and my mom beats me", &[Child]),
    ("he beats the kids", &[ChildAdult]),
    ("mijn man schopt ons kind", &[ChildAdult]),
    // Both: a child, and it is happening now.
    ("mijn vader slaat me nu, ik ben 12", &[Acute, Child]),
    ("my dad is hitting me", &[Acute, Child]),
];

const MUST_NOT_FIRE: &[&str] = &[
    "ik sla mijn huiswerk over",
    "die film was moordend saai",
    "that exam killed me",
    "you're killing me",
    "you’re killing me haha",
    "ik ga dood van het lachen",
    "ik sla vandaag de training over",
    "ik snij groente met een mes",
    "mijn zoon slaat mij",
    "je maakt me dood van het lachen",
    "ik sloeg mijn zoon gisteren",
    "i hit my son yesterday",
    "ze pakt mijn geld",
    "hij duwt me soms",
    "mijn ex blijft me volgen",
    "he checks my phone",
    "we hebben veel ruzie",
    "help",
    "hulp",
    "ik zoek hulp voor mijn moeder",
    "ik ben 45",
    "the neighbours are noisy",
    "my kid hit a home run",
    "dit is een killer deal",
    "this traffic is killing me",
    "I could murder a pizza",
    "مرحبا كيف حالك",
    "שלום מה שלומך",
    "🙂🙂🙂",
];

#[test]
fn crisis_phrasings_get_the_right_answer_in_any_state() {
    let engine = engine();
    let mut failures = Vec::new();
    for (text, want) in MUST_FIRE {
        for locale in ["nl", "en"] {
            let got = kinds(&engine, locale, text);
            // Every wanted kind must be answered; acute may come on top (a child hurt "now" is
            // both), but never the children's answer for an adult's report or the other way.
            let missing = want.iter().any(|k| !got.contains(k));
            let wrong = got.iter().any(|k| !want.contains(k) && *k != Acute);
            if missing || wrong {
                failures.push(format!(
                    "{text:?} (session {locale}): want {want:?}, got {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn everyday_sentences_raise_no_crisis() {
    let engine = engine();
    let failures: Vec<String> = MUST_NOT_FIRE
        .iter()
        .filter_map(|text| {
            let got = kinds(&engine, "nl", text);
            (!got.is_empty()).then(|| format!("{text:?} raised {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn crisis_answers_start_with_the_number_to_call() {
    let engine = engine();
    for locale in ["nl", "en"] {
        let s = mid_conversation(&engine, locale);
        let out = engine.step(
            Some(s.clone()),
            Event::Text("hij gaat me vermoorden".into()),
            2,
        );
        let first = out.replies[0].text.lines().next().unwrap();
        assert!(first.contains("112"), "{locale} acute: {first}");

        let out = engine.step(Some(s.clone()), Event::Text("ik wil dood".into()), 2);
        let first = out.replies[0].text.lines().next().unwrap();
        assert!(
            first.contains("113") && first.contains("0800-0113"),
            "{locale} suicide: {first}"
        );

        let out = engine.step(Some(s.clone()), Event::Text("my dad hits me".into()), 2);
        let text = &out.replies[0].text;
        assert!(text.contains("0800-0432"), "{locale} child: {text}");
        assert!(
            text.contains("112"),
            "{locale} child must mention 112 when it happens now"
        );

        // Acute and child together: 112 comes first, then the Kindertelefoon.
        let out = engine.step(Some(s), Event::Text("my dad is hitting me".into()), 2);
        assert!(out.replies[0].text.lines().next().unwrap().contains("112"));
        assert!(out.replies.iter().any(|r| r.text.contains("0800-0432")));
    }
}

#[test]
fn crisis_detection_works_across_languages() {
    // A Dutch session, an English cry for help, and the other way round.
    let engine = engine();
    assert_eq!(kinds(&engine, "nl", "he is going to kill me"), vec![Acute]);
    assert_eq!(kinds(&engine, "en", "hij gaat me vermoorden"), vec![Acute]);
}
