//! Safety statements from the content review (issue 12) that must never regress. Each reads
//! what a person would read, in every shipped language.

use baken::Content;
use regex::Regex;

fn content() -> Content {
    Content::embedded().expect("embedded content loads")
}

/// Everything a node says in a locale.
fn said(c: &Content, locale: &str, id: &str) -> String {
    let node = c.node(id).unwrap_or_else(|| panic!("node {id} exists"));
    node.say
        .iter()
        .map(|m| c.render(locale, m))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '?', '!', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn no_honour_answer_suggests_the_family() {
    let c = content();
    // Every node about honour, forced marriage or being left behind.
    let honour: Vec<&str> = c
        .nodes()
        .iter()
        .map(|n| n.id.as_str())
        .filter(|id| id.contains("honour") || id.contains("marriage") || *id == "abroad")
        .collect();
    assert!(honour.len() >= 5, "{honour:?}");
    let family = Regex::new(
        r"(?i)\b(famil\w*|ouders|vader|moeder|broers?|ooms?|gemeenschap|bemiddel\w*|imam|parents|father|mother|brothers?|uncles?|community|mediat\w*|relatives?)\b",
    )
    .unwrap();
    let turn_to = Regex::new(
        r"(?i)\b(praat|bespreek|vertel|vraag|bel|overleg|ga|schakel|zoek|haal|talk|discuss|tell|ask|call|consult|go|involve|look for|contact)\b",
    )
    .unwrap();
    let not = Regex::new(
        r"(?i)\b(niet|nooit|geen|buiten|not|never|no|outside)\b|kan van meerdere|can come from several",
    )
    .unwrap();
    let suggests = Regex::new(
        r"(?i)\b(praat met je (familie|ouders)|bespreek het met|vraag (je )?(familie|ouders)|talk to your (family|parents)|ask your (family|parents)|mediation|bemiddeling)\b",
    )
    .unwrap();
    for id in honour {
        for locale in c.locale_ids() {
            let text = said(&c, locale, id);
            // Every sentence that turns the reader to the family, the community or a mediator
            // must be a "do not".
            for s in sentences(&text) {
                assert!(
                    !(family.is_match(s) && turn_to.is_match(s)) || not.is_match(s),
                    "[{locale}] {id} suggests turning to the family: {s}"
                );
                assert!(
                    !suggests.is_match(s) || not.is_match(s),
                    "[{locale}] {id}: {s}"
                );
            }
            // And it names the experts and the emergency number.
            assert!(text.contains("0800-2000"), "[{locale}] {id}");
            assert!(text.contains("112"), "[{locale}] {id}");
        }
    }
    // The bystander advice in general also warns about honour situations (the word is looked
    // for in the reviewed languages; the drafts await a native speaker's review).
    for locale in ["nl", "en"] {
        let text = said(&c, locale, "worried-do");
        assert!(
            text.contains("eer") || text.contains("honour"),
            "[{locale}] worried-do mentions honour situations"
        );
    }
}

#[test]
fn no_answer_tells_a_person_to_confront_the_abuser() {
    let c = content();
    // "confront", "aanspreken", "ga naar hem toe": allowed only as a "do not".
    let confront = Regex::new(
        r"(?i)\b(confront\w*|aanspreken|spreek (hem|haar|de pleger|de ouders|de ander)\b.*\baan|ga (naar )?(hem|haar|de pleger) (toe|aan)|talk to (him|her|the abuser) about|stel (hem|haar) (ter verantwoording|aan de kaak))",
    )
    .unwrap();
    let not = Regex::new(r"(?i)\b(niet|nooit|not|never)\b").unwrap();
    for node in c.nodes() {
        for locale in c.locale_ids() {
            let text = said(&c, locale, &node.id);
            for (i, s) in sentences(&text).iter().enumerate() {
                if confront.is_match(s) {
                    // An item of a "what not to do" list counts as a "do not": it comes after
                    // the list's heading.
                    let heading = ["Wat je beter niet doet", "What not to do"]
                        .iter()
                        .filter_map(|h| text.find(h))
                        .min();
                    let at = text.find(s).unwrap_or(0);
                    let in_dont_list = heading.is_some_and(|h| at > h);
                    assert!(
                        not.is_match(s) || in_dont_list,
                        "[{locale}] {} (sentence {i}) tells the reader to confront the abuser: {s}",
                        node.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_crisis_answer_says_baken_cannot_send_help_itself() {
    let c = content();
    let crisis: Vec<&str> = c
        .nodes()
        .iter()
        .map(|n| n.id.as_str())
        .filter(|id| id.starts_with("crisis-"))
        .collect();
    for needed in [
        "crisis-acute",
        "crisis-suicide",
        "crisis-child",
        "crisis-child-adult",
    ] {
        assert!(crisis.contains(&needed), "{needed} missing: {crisis:?}");
    }
    for id in crisis {
        for (locale, says) in [
            ("nl", "Ik kan zelf geen hulp sturen"),
            ("en", "I cannot send help myself"),
        ] {
            let text = said(&c, locale, id);
            assert!(text.contains(says), "[{locale}] {id}: {text}");
            assert!(text.contains("112"), "[{locale}] {id}: {text}");
        }
    }
    // An adult who reports a child gets Veilig Thuis, not the children's line alone.
    for locale in ["nl", "en"] {
        let text = said(&c, locale, "crisis-child-adult");
        let first = text.lines().next().unwrap();
        assert!(first.contains("112"), "112 comes first: {text}");
        assert!(text.contains("0800-2000"), "{text}");
        assert!(!text.contains("juf") && !text.contains("teacher"), "{text}");
        // A child at night: De Kindertelefoon is not open, Veilig Thuis is.
        assert!(said(&c, locale, "crisis-child").contains("0800-2000"));
    }
}

#[test]
fn the_erase_answer_exists_in_every_language() {
    let c = content();
    let erase_node = c.node("phone-erase").expect("the erase explanation exists");
    assert!(
        erase_node
            .options
            .iter()
            .any(|o| o.action == Some(baken::content::Action::Erase)),
        "phone-erase offers the erase button"
    );
    for locale in c.locale_ids() {
        // The engine's answer after erasing, and the explanation, in the language itself
        // (not the Dutch fallback).
        let erased = c.render(locale, "erased");
        let how = said(&c, locale, "phone-erase");
        assert!(!erased.trim().is_empty() && !how.trim().is_empty());
        if locale != "nl" {
            assert_ne!(
                erased,
                c.render("nl", "erased"),
                "[{locale}] erased is Dutch"
            );
            assert_ne!(
                how,
                said(&c, "nl", "phone-erase"),
                "[{locale}] phone-erase is Dutch"
            );
        }
        assert!(erased.contains("112"), "[{locale}] {erased}");
    }
}

#[test]
fn not_understood_and_the_menu_always_offer_112_and_a_person() {
    let c = content();
    for locale in c.locale_ids() {
        let t = c.render(locale, "not-understood");
        assert!(
            t.contains("112") && t.contains("0800-2000"),
            "[{locale}] {t}"
        );
    }
    let menu = c.node("menu").unwrap();
    assert!(
        menu.options
            .iter()
            .any(|o| o.to.as_deref() == Some("crisis-acute")),
        "the menu has an 'I am in danger now' button"
    );
}
