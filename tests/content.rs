//! Content tests: what a person would notice, per persona, in both languages.
//!
//! These drive the real engine with the embedded content (flows/ and locales/), so a content
//! change that sends a person to the wrong place, drops a number or suggests the wrong thing
//! fails here. Golden conversations live in tests/transcripts/; these are the explicit rules.

use std::sync::Arc;

use baken::content::Action;
use baken::{Content, Engine, Event, Outcome, Session};
use regex::Regex;

const NOW: u64 = 1_700_000_000;
const LOCALES: [&str; 2] = ["nl", "en"];

fn content() -> Arc<Content> {
    Arc::new(Content::embedded().expect("embedded content loads"))
}

fn engine(locale: &str) -> Engine {
    Engine::new(content(), locale).with_flood_limit(None)
}

/// Where a typed sentence lands in a fresh conversation: the node of the last reply.
fn land(engine: &Engine, text: &str) -> (String, Outcome) {
    let out = engine.step(None, Event::Text(text.into()), NOW);
    let node = out
        .replies
        .last()
        .and_then(|r| r.node.clone())
        .unwrap_or_default();
    (node, out)
}

fn text_of(out: &Outcome) -> String {
    out.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// All text a node says in a locale (messages and option labels).
fn node_text(c: &Content, locale: &str, id: &str) -> String {
    let node = c.node(id).unwrap_or_else(|| panic!("node {id} exists"));
    node.say
        .iter()
        .map(|m| c.render(locale, m))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The numbers and addresses that count as "a contact".
fn contact_re() -> Regex {
    Regex::new(r"\b(112|113|0800-2000|0800-0113|0800-0432|0900-0101)\b|mannenmishandeling\.nl|SafetyNed|regelhulp\.nl").unwrap()
}

#[test]
fn typed_sentences_reach_the_right_node() {
    let nl = [
        // the person who experiences it
        ("we hebben veel ruzie thuis", "me-forms"),
        ("is dit normaal?", "me-forms"),
        (
            "hij zegt steeds sorry en belooft dat het nooit meer gebeurt",
            "me-cycle",
        ),
        ("is het mijn schuld", "me-fault"),
        ("mijn ex blijft me volgen", "me-stalking"),
        ("ik wil bij hem weg", "me-leave"),
        ("ik wil niet weg, ik hou van hem", "me-stay"),
        ("wat is een huisverbod", "me-huisverbod"),
        ("waar kan ik slapen vannacht", "me-shelter"),
        ("ik wil een veiligheidsplan", "me-safetyplan"),
        ("ze pakt mijn geld", "me-money"),
        ("ik ben lesbisch", "me-lgbti"),
        // bystander
        ("mijn buurvrouw heeft steeds blauwe plekken", "worried"),
        ("ik maak me zorgen om mijn zus", "worried"),
        ("hoe begin ik daarover", "worried-talk"),
        ("wat kan ik doen voor mijn buurvrouw", "worried-do"),
        (
            "ik maak me zorgen om een kind in mijn klas",
            "worried-child",
        ),
        (
            "mijn vriendin wordt bedreigd door haar broers",
            "honour-worried",
        ),
        // people who use violence
        ("ik sla mijn vrouw soms", "hurt"),
        ("ik ben bang dat ik mijn vriendin pijn doe", "hurt"),
        ("ik word zo boos nu", "hurt-timeout"),
        ("ik verlies mijn geduld met mijn kind", "hurt-parent"),
        ("wat zijn mijn triggers", "hurt-ladder"),
        ("ik wil relatietherapie", "hurt-help"),
        // young people
        ("mijn ouders maken steeds ruzie", "young-home"),
        ("mijn vriendje is heel jaloers", "young-dating"),
        ("hoe vertel ik het aan mijn juf", "young-tell"),
        // older people
        ("ik ben 78 en mijn kleinzoon neemt mijn pinpas", "me-money"),
        ("mijn verzorger schreeuwt tegen me", "older-care"),
        ("ik ben mantelzorger en het wordt me te veel", "older-carer"),
        // honour
        ("mijn familie bedreigt me vanwege de eer", "honour"),
        ("ik moet trouwen van mijn familie", "honour-marriage"),
        // phone
        ("hij kijkt in mijn telefoon", "phone"),
        ("hij weet altijd waar ik ben", "phone-location"),
        (
            "ik denk dat er spyware op mijn telefoon staat",
            "phone-spyware",
        ),
        ("hij weet mijn wachtwoord", "phone-accounts"),
        ("hoe wis ik dit gesprek", "phone-erase"),
        // signals, contacts, privacy
        ("signalen bij kinderen", "signals-child"),
        ("wat zijn signalen", "signals"),
        ("wat gebeurt er als ik veilig thuis bel", "contacts-vt"),
        ("wie kan me helpen", "contacts"),
        ("wat bewaar je", "privacy"),
    ];
    let en = [
        ("is this normal", "me-forms"),
        ("we have a lot of arguments", "me-forms"),
        (
            "he always says sorry and promises it will never happen again",
            "me-cycle",
        ),
        ("is it my fault", "me-fault"),
        ("my ex keeps following me", "me-stalking"),
        ("i want to leave him", "me-leave"),
        ("i cant leave", "me-stay"),
        ("what is a restraining order", "me-huisverbod"),
        ("where can i go tonight", "me-shelter"),
        ("she takes my money", "me-money"),
        ("im gay", "me-lgbti"),
        ("my neighbour has bruises all the time", "worried"),
        ("im worried about my sister", "worried"),
        ("how do i bring it up with her", "worried-talk"),
        ("i lose my temper with my kids", "hurt-parent"),
        ("i pushed my wife", "hurt"),
        ("i need a time out", "hurt-timeout"),
        ("my parents are always fighting", "young-home"),
        ("how do i tell my teacher", "young-tell"),
        ("my carer shouts at me", "older-care"),
        ("my family threatens me because of honour", "honour"),
        ("they want me to marry a cousin", "honour-marriage"),
        ("he always knows where i am", "phone-location"),
        ("is there stalkerware on my phone", "phone-spyware"),
        ("he knows my passwords", "phone-accounts"),
        ("how do i delete this chat", "phone-erase"),
        ("signs in children", "signals-child"),
        ("what happens when i call", "contacts-vt"),
        ("who can help", "contacts"),
    ];
    let mut wrong = Vec::new();
    for (locale, table) in [("nl", &nl[..]), ("en", &en[..])] {
        let e = engine(locale);
        for (text, want) in table {
            let (got, _) = land(&e, text);
            if got != *want {
                wrong.push(format!("[{locale}] {text:?}: want {want}, got {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "misrouted:\n{}", wrong.join("\n"));
}

#[test]
fn harmless_sentences_do_not_land_in_a_path() {
    let harmless = [
        "het weer is mooi vandaag",
        "ik heb een nieuwe telefoon gekocht",
        "mijn moeder is jarig",
        "ik ga op vakantie naar het buitenland",
        "ik wil een plan maken voor de verjaardag",
        "hoe gaat het",
        "the weather is nice",
        "i bought a new phone",
        "my mum has a birthday",
    ];
    let e = engine("nl");
    for text in harmless {
        let (node, out) = land(&e, text);
        assert_eq!(
            node, "welcome",
            "{text:?} should not be routed, but went to {node}"
        );
        assert!(out.replies.iter().all(|r| r.crisis.is_none()));
    }
}

#[test]
fn bystander_typing_about_bruises_gets_bystander_advice_and_the_number() {
    let e = engine("nl");
    let (node, out) = land(&e, "mijn buurvrouw heeft steeds blauwe plekken");
    assert_eq!(node, "worried");
    let text = text_of(&out);
    assert!(text.contains("0800-2000"), "{text}");
    assert!(text.contains("112"), "{text}");
    assert!(text.contains("anoniem"), "{text}");
    let e = engine("en");
    let (node, out) = land(&e, "my neighbour has bruises all the time");
    assert_eq!(node, "worried");
    assert!(text_of(&out).contains("0800-2000"));
}

/// Someone who writes that they are hit gets 112 before anything else: a crisis answer, or the
/// safety line before the path for victims. (These sentences used to be routed without the
/// safety line; since crisis detection reads meaning, a present-tense disclosure counts as
/// possible danger at least. The router's accuracy is measured by `baken eval`.)
#[test]
fn a_disclosure_of_violence_gets_112_first() {
    let e = engine("nl");
    for text in [
        "hij duwt me",
        "mijn man slaat me",
        "mijn zoon slaat mij",
        "ik ben een man en mijn vrouw slaat me",
        "he pushes me",
        "my son hits me",
        "im a man and my wife hits me",
    ] {
        let (_, out) = land(&e, text);
        let first = &out.replies[0];
        assert!(
            first.crisis.is_some() || first.caution,
            "{text:?}: no safety answer first"
        );
        assert!(first.text.contains("112"), "{text:?}: {}", first.text);
        // An adult who is hit is never sent to the children's helpline.
        if text.contains("zoon") || text.contains("son") || text.contains("man") {
            assert!(
                out.replies
                    .iter()
                    .all(|r| r.crisis != Some(baken::CrisisKind::Child)),
                "{text:?} got the children's answer"
            );
        }
    }
}

#[test]
fn every_node_leads_to_a_contact_within_one_tap() {
    let c = content();
    let contact = contact_re();
    let contact_nodes = ["contacts", "crisis-acute", "crisis-suicide", "crisis-child"];
    for node in c.nodes() {
        let has_button = node
            .options
            .iter()
            .any(|o| o.to.as_deref().is_some_and(|t| contact_nodes.contains(&t)));
        for locale in LOCALES {
            let text = node_text(&c, locale, &node.id);
            assert!(
                has_button || contact.is_match(&text) || node.id == "contacts",
                "[{locale}] node {} shows no contact and has no button to one",
                node.id
            );
        }
        if node.id != "menu" {
            assert!(
                node.options.iter().any(|o| o.to.as_deref() == Some("menu")),
                "node {} has no direct button back to the menu",
                node.id
            );
        }
        assert!(
            node.options.len() <= 6,
            "node {} has too many options",
            node.id
        );
    }
}

#[test]
fn every_path_node_names_a_contact_or_offers_the_contacts_card() {
    // Stronger than one tap: path nodes (not system nodes) offer the contacts card button.
    let c = content();
    let system = ["welcome", "menu", "language", "contacts", "crisis-acute"];
    for node in c.nodes() {
        if system.contains(&node.id.as_str()) {
            continue;
        }
        assert!(
            node.options
                .iter()
                .any(|o| o.to.as_deref() == Some("contacts")),
            "node {} has no 'Who can help?' button",
            node.id
        );
    }
}

// The honour rules (never the family, never mediators) are in tests/safety.rs.

#[test]
fn victim_path_never_says_just_leave_and_warns_that_leaving_is_risky() {
    let c = content();
    let just_leave = Regex::new(
        r"(?i)\b(ga gewoon weg|gewoon weggaan|verlaat (hem|haar)|just leave|leave (him|her) now)\b",
    )
    .unwrap();
    for node in c.nodes() {
        for locale in LOCALES {
            let text = node_text(&c, locale, &node.id);
            assert!(
                !just_leave.is_match(&text),
                "[{locale}] {}: {text}",
                node.id
            );
        }
    }
    let nl = node_text(&c, "nl", "me-leave");
    assert!(nl.contains("extra gevaarlijk") && nl.contains("veiligheidsplan"));
    assert!(nl.contains("0800-2000") && nl.contains("112"));
    let en = node_text(&c, "en", "me-leave");
    assert!(en.contains("especially dangerous") && en.contains("safety plan"));
    // Help for people who stay too.
    assert!(node_text(&c, "nl", "me-stay").contains("Je hoeft niet weg"));
    assert!(node_text(&c, "en", "me-stay").contains("You do not have to leave"));
}

#[test]
fn victim_hears_it_is_not_their_fault_and_about_red_flags() {
    let c = content();
    assert!(node_text(&c, "nl", "me").contains("nooit jouw schuld"));
    assert!(node_text(&c, "en", "me").contains("never your fault"));
    let flags = node_text(&c, "nl", "me-redflags");
    assert!(flags.contains("keel") && flags.contains("wapen") && flags.contains("112"));
    assert!(flags.contains("geen test"), "warning signs, never a score");
    let score = Regex::new(r"(?i)\b(score|punten|points|risicoscore|risk score)\b").unwrap();
    for node in c.nodes() {
        for locale in LOCALES {
            assert!(
                !score.is_match(&node_text(&c, locale, &node.id)),
                "{}",
                node.id
            );
        }
    }
}

#[test]
fn huisverbod_is_explained_correctly() {
    let c = content();
    let nl = node_text(&c, "nl", "me-huisverbod");
    for fact in ["burgemeester", "10 dagen", "4 weken"] {
        assert!(nl.contains(fact), "missing {fact}: {nl}");
    }
    let en = node_text(&c, "en", "me-huisverbod");
    for fact in ["mayor", "10 days", "4 weeks"] {
        assert!(en.contains(fact), "missing {fact}: {en}");
    }
}

#[test]
fn person_who_uses_violence_first_hears_what_baken_keeps_and_gets_a_time_out() {
    let c = content();
    let e = engine("nl");
    let (node, out) = land(&e, "ik sla mijn vrouw soms");
    assert_eq!(node, "hurt");
    let first = &out.replies[0].text;
    assert!(first.contains("bewaart niet") && first.contains("vertelt niemand"));
    assert!(first.contains("0800-2000"));
    let shame = Regex::new(r"(?i)\b(monster|schandalig|schaam je|dader)\b").unwrap();
    for id in [
        "hurt",
        "hurt-timeout",
        "hurt-ladder",
        "hurt-kids",
        "hurt-help",
        "hurt-parent",
    ] {
        assert!(!shame.is_match(&node_text(&c, "nl", id)), "{id}");
    }
    let timeout = node_text(&c, "nl", "hurt-timeout");
    assert!(timeout.contains("time-out") && timeout.contains("0800-2000"));
    let help = node_text(&c, "nl", "hurt-help");
    assert!(
        help.contains("huisarts") && help.contains("relatietherapie") && help.contains("per regio")
    );
    let en = node_text(&c, "en", "hurt");
    assert!(en.contains("does not keep") && en.contains("tells no one"));
    assert!(node_text(&c, "en", "hurt-help").contains("couples therapy"));
    assert!(node_text(&c, "nl", "hurt-kids").contains("net zo hard"));
}

#[test]
fn young_people_get_the_kindertelefoon_and_a_trusted_adult() {
    let c = content();
    for id in [
        "young",
        "young-home",
        "young-dating",
        "young-marriage",
        "young-tell",
    ] {
        for locale in LOCALES {
            let text = node_text(&c, locale, id);
            assert!(
                text.contains("0800-0432"),
                "[{locale}] {id} lacks De Kindertelefoon"
            );
        }
    }
    assert!(node_text(&c, "nl", "young").contains("niet jouw schuld"));
    assert!(node_text(&c, "nl", "young-home").contains("juf"));
    assert!(node_text(&c, "en", "young-home").contains("teacher"));
    // Reached by tapping from "It is about me".
    let me = c.node("me").unwrap();
    assert!(me.options.iter().any(|o| o.to.as_deref() == Some("young")));
}

#[test]
fn older_people_hear_about_gp_home_care_and_veilig_thuis() {
    let c = content();
    let nl = node_text(&c, "nl", "older");
    assert!(nl.contains("huisarts") && nl.contains("thuiszorg") && nl.contains("0800-2000"));
    let en = node_text(&c, "en", "older");
    assert!(en.contains("GP") && en.contains("home care") && en.contains("0800-2000"));
    let e = engine("nl");
    let (node, out) = land(&e, "mijn zoon pakt mijn geld");
    assert_eq!(node, "me-money");
    assert!(text_of(&out).contains("financieel misbruik"));
    assert!(text_of(&out).contains("0800-2000"));
}

#[test]
fn phone_advice_warns_before_removing_spyware_and_erase_works() {
    let c = content();
    let nl = node_text(&c, "nl", "phone-spyware");
    assert!(nl.contains("niet meteen weg") && nl.contains("bewijs"));
    let en = node_text(&c, "en", "phone-spyware");
    assert!(en.contains("do not remove") && en.contains("evidence"));
    assert!(node_text(&c, "nl", "phone-accounts").contains("DigiD"));
    assert!(node_text(&c, "nl", "phone-location").contains("knuffel"));
    let erase = c.node("phone-erase").unwrap();
    assert!(
        erase
            .options
            .iter()
            .any(|o| o.action == Some(Action::Erase))
    );
    // Tapping it really erases.
    let e = engine("nl");
    let (_, out) = land(&e, "hoe wis ik dit gesprek");
    let session: Option<Session> = out.session;
    let idx = erase
        .options
        .iter()
        .position(|o| o.action == Some(Action::Erase))
        .unwrap();
    let out = e.step(
        session,
        Event::Choose {
            node: "phone-erase".into(),
            index: idx,
        },
        NOW,
    );
    assert!(out.session.is_none(), "erase ends the session");
}

#[test]
fn contacts_card_lists_every_service_and_explains_veilig_thuis_honestly() {
    let c = content();
    let card = node_text(&c, "nl", "contacts");
    for n in [
        "112",
        "0800-2000",
        "113",
        "0800-0113",
        "0800-0432",
        "0900-0101",
        "mannenmishandeling.nl",
        "SafetyNed",
    ] {
        assert!(card.contains(n), "contacts card lacks {n}");
    }
    let vt = node_text(&c, "nl", "contacts-vt");
    assert!(
        vt.contains("anoniem") && vt.contains("veiligheidsbeoordeling") && vt.contains("melding")
    );
    let vt = node_text(&c, "en", "contacts-vt");
    assert!(vt.contains("anonymous") && vt.contains("safety assessment") && vt.contains("report"));
}

#[test]
fn no_unverified_numbers_and_no_numbers_outside_the_contact_terms() {
    let files = baken::ContentFiles::embedded();
    let literal = Regex::new(r"\b(112|113|0[89]00[- ]?\d{4})\b").unwrap();
    let placeable = Regex::new(r"\{[^}]*\}").unwrap();
    let id = Regex::new(r"^\s*\.?[a-z0-9-]+\s*=").unwrap();
    for (locale, lf) in &files.locales {
        for f in &lf.ftl {
            let stripped = placeable.replace_all(&f.text, "");
            for (i, line) in stripped.lines().enumerate() {
                let line = id.replace(line, "");
                assert!(
                    !literal.is_match(&line) || line.trim_start().starts_with('#'),
                    "[{locale}] {}:{}: a number written in a sentence; use a term from locales/contacts.ftl",
                    f.path,
                    i + 1
                );
            }
        }
    }
    let c = content();
    let number = Regex::new(r"\b0[89]00-\d{4}\b").unwrap();
    // Each one is a row of ../shared/content/facts.md: Veilig Thuis, 113, De Kindertelefoon,
    // Slachtofferhulp, Centrum Seksueel Geweld, the police (not urgent, only in `aangifte`).
    let allowed = [
        "0800-2000",
        "0800-0113",
        "0800-0432",
        "0900-0101",
        "0800-0188",
        "0900-8844",
    ];
    for node in c.nodes() {
        for locale in LOCALES {
            for m in number.find_iter(&node_text(&c, locale, &node.id)) {
                assert!(
                    allowed.contains(&m.as_str()),
                    "unverified number {} in {}",
                    m.as_str(),
                    node.id
                );
            }
        }
    }
}

#[test]
fn messages_do_not_open_with_the_word_violence() {
    let c = content();
    for node in c.nodes() {
        for locale in LOCALES {
            for m in &node.say {
                let t = c.render(locale, m);
                let first = t.trim_start().to_lowercase();
                assert!(
                    !first.starts_with("geweld") && !first.starts_with("violence"),
                    "[{locale}] {m} opens with 'geweld'"
                );
            }
        }
    }
}

/// Numbers for the closing report: `cargo test --test content report -- --nocapture`.
#[test]
fn report() {
    let c = content();
    let contact = contact_re();
    let mut per_file: std::collections::BTreeMap<String, usize> = Default::default();
    let (mut with_contact, mut longest, mut longest_id) = (0, 0, String::new());
    for node in c.nodes() {
        *per_file.entry(node.file.clone()).or_default() += 1;
        if LOCALES
            .iter()
            .all(|l| contact.is_match(&node_text(&c, l, &node.id)))
        {
            with_contact += 1;
        }
        for l in LOCALES {
            for m in &node.say {
                let n = c.render(l, m).chars().count();
                if n > longest {
                    longest = n;
                    longest_id = format!("{l}:{m}");
                }
            }
        }
    }
    for node in c.nodes() {
        if !LOCALES
            .iter()
            .all(|l| contact.is_match(&node_text(&c, l, &node.id)))
        {
            println!("no contact in text: {}", node.id);
        }
    }
    println!("nodes per file: {per_file:?}");
    println!(
        "nodes whose replies name a contact: {with_contact}/{}",
        c.nodes().len()
    );
    println!("longest message: {longest_id} ({longest} characters)");
    assert!(longest <= 600);
}

/// The topics the November 2026 review found missing (issue 12): each is reached by typing in
/// Dutch and English, and by tapping from the menu; each names its own help and a person to talk
/// to (0800-2000) or, abroad, the Foreign Affairs line.
#[test]
fn new_topics_are_reached_by_typing_and_by_tapping_and_name_their_help() {
    let typed = [
        ("nl", "ik ben vorige maand aangerand", "sexual-violence"),
        (
            "en",
            "i was sexually assaulted last year",
            "sexual-violence",
        ),
        ("nl", "hoe doe ik aangifte", "aangifte"),
        ("en", "how can i press charges against him", "aangifte"),
        ("nl", "hij dreigt mijn naaktfotos te verspreiden", "images"),
        ("en", "he threatens to share my nudes", "images"),
        ("nl", "ik heb geen verblijfsvergunning", "papers"),
        ("en", "i am undocumented", "papers"),
        ("nl", "ik ben achtergelaten in marokko", "abroad"),
        ("en", "my family left me behind in pakistan", "abroad"),
        (
            "nl",
            "ik ben zwanger en mijn vriend is agressief",
            "pregnancy",
        ),
        ("en", "since i got pregnant he hits me", "pregnancy"),
        ("nl", "ik heb een verstandelijke beperking", "disability"),
        ("en", "i have a learning disability", "disability"),
    ];
    let mut wrong = Vec::new();
    for (locale, text, want) in typed {
        let (got, _) = land(&engine(locale), text);
        if got != want {
            wrong.push(format!("[{locale}] {text:?}: want {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "misrouted:\n{}", wrong.join("\n"));

    let c = content();
    // Tapping: every topic is within reach of the menu through option buttons.
    let mut seen = std::collections::HashSet::from(["menu".to_string()]);
    let mut queue = vec!["menu".to_string()];
    while let Some(id) = queue.pop() {
        for o in &c.node(&id).unwrap().options {
            if let Some(to) = &o.to
                && seen.insert(to.clone())
            {
                queue.push(to.clone());
            }
        }
    }
    let own_help = [
        ("sexual-violence", "0800-0188"),
        ("aangifte", "0900-0101"),
        ("images", "020-261 52 75"),
        ("papers", "0800-2000"),
        ("abroad", "+31 247 247 247"),
        ("pregnancy", "0800-2000"),
        ("disability", "0800-2000"),
    ];
    for (id, help) in own_help {
        assert!(seen.contains(id), "{id} cannot be reached by tapping");
        for locale in LOCALES {
            let text = node_text(&c, locale, id);
            assert!(text.contains(help), "[{locale}] {id} lacks {help}");
            assert!(text.contains("0800-2000"), "[{locale}] {id} lacks a person");
            assert!(text.contains("112"), "[{locale}] {id} lacks 112");
        }
    }
    // Abroad: the WhatsApp line, and the warning that Dutch 0800 numbers are not for abroad.
    for locale in LOCALES {
        let text = node_text(&c, locale, "abroad");
        assert!(text.contains("+31 6 82 38 77 96") && text.contains("0800"));
    }
    // Sexual violence: within 7 days matters, and the police only if the person wants.
    let nl = node_text(&c, "nl", "sexual-violence");
    assert!(
        nl.contains("7 dagen") && nl.contains("alleen bij als jij dat wilt"),
        "{nl}"
    );
    let en = node_text(&c, "en", "sexual-violence");
    assert!(
        en.contains("7 days") && en.contains("only involved if you want"),
        "{en}"
    );
    // Images: do not pay, keep evidence.
    let nl = node_text(&c, "nl", "images");
    assert!(nl.contains("Betaal niet") && nl.contains("bewijs"), "{nl}");
}

/// A copy of the shipped flows and locales in a temporary directory, changed by `edit`, loaded
/// as `baken check` loads it: the load's problems, or the lint's if it loaded.
fn check_edited(edit: impl FnOnce(&std::path::Path)) -> Vec<baken::Problem> {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    copy(&root.join("flows"), &dir.path().join("flows"));
    copy(&root.join("locales"), &dir.path().join("locales"));
    edit(dir.path());
    let files =
        baken::ContentFiles::from_dirs(&dir.path().join("flows"), &dir.path().join("locales"))
            .unwrap();
    match Content::load(files) {
        Ok(c) => c.lint(),
        Err(baken::ContentError::Invalid(p)) => p,
        Err(e) => panic!("{e}"),
    }
}

fn replace_in(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn one_toml_error_in_a_flow_file_gives_one_clear_error_not_sixty() {
    let problems = check_edited(|d| {
        // A content editor forgets a closing quote in main.toml, which holds `menu`.
        replace_in(&d.join("flows/main.toml"), "id = \"menu\"", "id = \"menu");
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    let p = &problems[0];
    assert!(p.file.ends_with("main.toml"), "{p}");
    let line = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/flows/main.toml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("id = \"menu\""))
        .unwrap()
        + 1;
    assert_eq!(p.line, Some(line), "{p}");
    assert!(p.message.contains("skipped"), "{p}");
}

#[test]
fn check_requires_a_person_to_talk_to_in_every_answer() {
    let problems = check_edited(|d| {
        // The pregnancy answer loses its Veilig Thuis line, in Dutch only.
        replace_in(
            &d.join("locales/nl/topics.ftl"),
            "    - Vraag advies bij { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.\n    In gevaar? Bel { -tel-112 }.\n\ndisability",
            "    In gevaar? Bel { -tel-112 }.\n\ndisability",
        );
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains("topics.toml:")
            && shown[0].contains("`pregnancy` [nl] names no person to talk to"),
        "{shown:#?}"
    );
}

#[test]
fn check_keeps_dutch_sentences_short_and_jargon_explained() {
    let problems = check_edited(|d| {
        let p = d.join("locales/nl/topics.ftl");
        // A long sentence, and "melding" without saying what it is.
        replace_in(
            &p,
            "    - Praat erover met je verloskundige of je huisarts.",
            "    - Praat erover met je verloskundige of je huisarts, of met iemand anders die je vertrouwt en die je al heel lang kent van vroeger.\n    - Je kunt ook een melding doen.",
        );
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{shown:#?}");
    let pregnancy_line = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/nl/topics.ftl"
    ))
    .unwrap()
    .lines()
    .position(|l| l.starts_with("pregnancy ="))
    .unwrap()
        + 1;
    let at = format!("locales/nl/topics.ftl:{pregnancy_line}:");
    assert!(
        shown
            .iter()
            .any(|s| s.contains(&at) && s.contains("24 words")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s.contains(&at) && s.contains("`melding` is not explained")),
        "{shown:#?}"
    );
}

#[test]
fn the_export_shows_every_node_with_its_sources() {
    let c = content();
    for locale in LOCALES {
        let md = baken::review::export_markdown(&c, locale);
        for node in c.nodes() {
            let section = md
                .split(&format!("### `{}`\n", node.id))
                .nth(1)
                .unwrap_or_else(|| panic!("[{locale}] {} missing from the export", node.id));
            let first = section.trim_start().lines().next().unwrap_or_default();
            assert!(
                first.starts_with("Sources: ") && !first.contains("none listed"),
                "[{locale}] {} has no sources in the export: {first}",
                node.id
            );
        }
    }
    let md = baken::review::export_markdown(&c, "nl");
    let abroad = md.split("### `abroad`").nth(1).unwrap();
    assert!(abroad.contains("facts:Left behind"), "{abroad}");
}

#[test]
fn check_names_a_node_without_sources() {
    let problems = check_edited(|d| {
        replace_in(
            &d.join("flows/SOURCES.md"),
            "| pregnancy (topics) |",
            "| (topics) |",
        );
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains("topics.toml:") && shown[0].contains("`pregnancy` has no row"),
        "{shown:#?}"
    );
}

#[test]
fn check_requires_112_where_danger_is_possible() {
    let problems = check_edited(|d| {
        // The first 112 line in the phone path is the one of `phone` itself.
        replace_in(
            &d.join("locales/en/phone.ftl"),
            "    In danger? Call { -tel-112 }.\n",
            "",
        );
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains("phone.toml:")
            && shown[0].contains("node `phone` [en] does not name the emergency number"),
        "{shown:#?}"
    );
}

/// D12: a node id so long that a button to it does not fit in Telegram's 64 bytes of callback
/// data (`INDEX:NODE`) lost its buttons there in silence; `baken check` names it, with its line.
#[test]
fn d12_node_id_too_long_for_a_telegram_button_is_refused_by_check() {
    // `pregnancy` renamed everywhere it is named (its file, the option to it, its sources row).
    let renamed = |id: &str| {
        let id = id.to_string();
        check_edited(move |d| {
            for (file, from) in [
                ("flows/topics.toml", "id = \"pregnancy\""),
                ("flows/me.toml", "to = \"pregnancy\""),
                ("flows/SOURCES.md", "| pregnancy (topics) |"),
            ] {
                replace_in(&d.join(file), from, &from.replace("pregnancy", &id));
            }
        })
    };
    let long = format!("pregnancy-{}", "x".repeat(53)); // 63 bytes: `0:` + 63 = 65 > 64
    let problems = renamed(&long);
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    let line = shipped_line("flows/topics.toml", "id = \"pregnancy\"");
    assert!(problems[0].file.ends_with("topics.toml"), "{}", shown[0]);
    assert_eq!(problems[0].line, Some(line), "{}", shown[0]);
    assert!(
        shown[0].contains(&long) && shown[0].contains("Telegram"),
        "{}",
        shown[0]
    );

    // The longest id that fits passes.
    let problems = renamed(&format!("pregnancy-{}", "x".repeat(52))); // `0:` + 62 = 64
    assert!(problems.is_empty(), "{problems:#?}");
}

/// D17: a routing pattern over the regex size limit was refused as `patterns: Compiled regex
/// exceeds size limit`, with no file or line; now it is named where it was written.
#[test]
fn d17_routing_pattern_over_the_size_limit_is_reported_with_file_and_line() {
    let problems = check_edited(|d| {
        replace_in(
            &d.join("flows/topics.toml"),
            r"'\b(zwanger|zwangerschap)\b',",
            r"'\p{L}{1000}\p{L}{1000}\p{L}{1000}\p{L}{1000}',",
        );
    });
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{shown:#?}");
    let line = shipped_line("flows/topics.toml", r"'\b(zwanger|zwangerschap)\b',");
    assert!(problems[0].file.ends_with("topics.toml"), "{}", shown[0]);
    assert_eq!(problems[0].line, Some(line), "{}", shown[0]);
    assert!(shown[0].contains("size limit"), "{}", shown[0]);
}

/// The line of the shipped file `path` that holds `needle`.
fn shipped_line(path: &str, needle: &str) -> usize {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}
