//! The shipped Arabic and Ukrainian drafts (issue 13): switched on, they pass every content
//! check, and a crisis typed in the language gets the crisis answer in that language, which names
//! 112 and says that a helpline may answer in Dutch (facts.md verifies no other language).

use std::sync::Arc;

use baken::{Content, ContentFiles, CrisisKind, Engine, Event};

const NOW: u64 = 1_700_000_000;

/// Per language: an acute message, a suicide message, a child's message, a harmless message
/// with a crisis word in it, and the sentence about Dutch every helpline answer carries.
struct Case {
    lang: &'static str,
    acute: &'static str,
    suicide: &'static str,
    child: &'static str,
    harmless: &'static str,
    dutch: &'static str,
}

const CASES: &[Case] = &[
    Case {
        lang: "ar",
        acute: "زوجي معه سكين وبيقول رح يقتلني",
        suicide: "ما بدي عيش بعد اليوم",
        child: "عمري 12 وبابا بيضربني كل يوم",
        harmless: "قتلني الضحك هههههه",
        dutch: "باللغة الهولندية",
    },
    Case {
        lang: "uk",
        acute: "чоловік тримає ніж і каже що вб'є мене",
        suicide: "не хочу жити більше",
        child: "мені 12 і тато мене б'є",
        harmless: "цей екзамен мене вб'є",
        dutch: "нідерландською",
    },
];

fn all_on() -> Content {
    let mut files = ContentFiles::embedded();
    files.only_locales(&["nl".into(), "en".into(), "ar".into(), "uk".into()]);
    Content::load(files).expect("ar and uk load")
}

#[test]
fn ar_and_uk_switched_on_pass_every_content_check() {
    let content = all_on();
    for case in CASES {
        assert!(content.has_locale(case.lang), "{} is offered", case.lang);
        // Every message English has, Arabic and Ukrainian have themselves (no fallback).
        let own = content.message_ids(case.lang);
        for id in content.message_ids("en") {
            assert!(own.contains(&id), "{}: `{id}` missing", case.lang);
        }
    }
    let problems = content.lint();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_crisis_in_arabic_or_ukrainian_gets_the_crisis_answer_in_that_language() {
    let content = Arc::new(all_on());
    for case in CASES {
        for (text, kind, node) in [
            (case.acute, CrisisKind::Acute, "crisis-acute"),
            (case.suicide, CrisisKind::Suicide, "crisis-suicide"),
            (case.child, CrisisKind::Child, "crisis-child"),
        ] {
            assert!(
                content.detect_crisis(text).contains(&kind),
                "{}: {text:?} → {:?}",
                case.lang,
                content.detect_crisis(text)
            );
            let engine = Engine::new(content.clone(), case.lang).with_flood_limit(None);
            let out = engine.step(None, Event::Text(text.into()), NOW);
            let first = out.replies.first().expect("a reply");
            assert_eq!(first.node.as_deref(), Some(node), "{}: {text:?}", case.lang);
            assert_eq!(
                first.text,
                content.render(case.lang, node),
                "{}: answered in its own language",
                case.lang
            );
            assert!(
                first.text.contains("112"),
                "{}: {node} names 112",
                case.lang
            );
            assert!(
                first.text.contains(case.dutch),
                "{}: {node} says the line may answer in Dutch",
                case.lang
            );
        }
        assert!(
            content.detect_crisis(case.harmless).is_empty(),
            "{}: {:?} is no crisis",
            case.lang,
            case.harmless
        );
    }
}

#[test]
fn every_arabic_and_ukrainian_answer_that_names_veilig_thuis_says_it_may_answer_in_dutch() {
    let content = all_on();
    for case in CASES {
        let vt_tel = content.render("en", "crisis-acute");
        assert!(
            vt_tel.contains("0800-2000"),
            "the en fixture names the number"
        );
        for id in content.message_ids(case.lang) {
            let text = content.render(case.lang, id);
            if text.contains("0800-2000") {
                assert!(
                    text.contains(case.dutch),
                    "{} `{id}` names Veilig Thuis without the Dutch sentence: {text}",
                    case.lang
                );
            }
        }
    }
}
