//! Which language a typed message is written in: small and cheap, and silent when unsure.
//!
//! Why: a person in a Dutch conversation who types in English (or Turkish, Arabic…) must get a
//! crisis answer they can read, and an offer to switch. A wrong guess costs more than no guess
//! (a Dutch crisis answer is still a crisis answer), so this *abstains* on short or mixed
//! messages: the conversation's language then stays.
//!
//! How: the script decides Arabic (`ar`) and Cyrillic (`uk`: Ukrainian concepts also cover the
//! Russian many Ukrainians type). Latin text is scored by frequent function words of Dutch,
//! English, Turkish and Polish, and by letters only Turkish (`ı ğ ş`) or Polish
//! (`ą ę ł ś ź ż ć ń`) use. Words that mean something in two of these languages (`is`, `in`,
//! `ja`, `ben`, `de`, `na`…) are left out. One pass over the text, no allocation per word
//! beyond lower-casing; no table is built at run time.

/// The languages this can recognise, as locale codes.
pub const KNOWN: &[&str] = &["nl", "en", "tr", "pl", "ar", "uk"];

/// A Latin-script language needs at least this many signals (function words or letters).
const MIN_SIGNALS: u32 = 2;
/// A message needs at least this many words to be judged at all.
const MIN_WORDS: usize = 3;

/// The language `raw` is clearly written in, or `None` when the message is short, mixed or
/// unlike any of [`KNOWN`].
pub fn identify(raw: &str) -> Option<&'static str> {
    let (mut arabic, mut cyrillic, mut latin) = (0u32, 0u32, 0u32);
    for c in raw.chars() {
        match c {
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
                if c.is_alphabetic() =>
            {
                arabic += 1
            }
            '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FEFF}' => {}
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            c if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let letters = arabic + cyrillic + latin;
    if letters == 0 {
        return None;
    }
    let words = raw
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    if words.count() < MIN_WORDS {
        return None;
    }
    // A script other than Latin decides when it carries at least 80 % of the letters.
    if arabic * 5 >= letters * 4 {
        return Some("ar");
    }
    if cyrillic * 5 >= letters * 4 {
        return Some("uk");
    }
    if latin * 5 < letters * 4 {
        return None;
    }
    latin_language(raw)
}

/// Whether a message is clearly in a draft language, which the learnt router knows less well
/// than Dutch and English: Arabic or Cyrillic script, even in one word, or clearly Turkish or
/// Polish. Then a typed-word pattern of that language outweighs the router's "nowhere".
pub fn is_draft_language_text(text: &str) -> bool {
    let (mut other, mut letters) = (0u32, 0u32);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0400}'..='\u{04FF}')
        {
            other += 1;
        }
    }
    if letters > 0 && other * 5 >= letters * 4 {
        return true;
    }
    // Short Turkish or Polish questions ("siginma evi nerede") seldom reach the bar of
    // `identify`: one Turkish or Polish word and no Dutch or English one is enough here.
    let s = latin_scores(text);
    s[2] + s[3] > 0 && s[0] + s[1] == 0
}

/// Whether `word` (lower case) is a frequent word of `lang`: "en" is Dutch for "and", so a
/// Dutch person who types it alone has not asked for English (see the engine's language
/// switch). Only the function words this module scores by are known, for nl, en, tr and pl.
pub fn is_common_word(word: &str, lang: &str) -> bool {
    LATIN
        .iter()
        .position(|l| *l == lang)
        .is_some_and(|i| function_word(word) & (1 << i) != 0)
}

/// Names of the languages, in their own script and in each other's: a person who types
/// `English`, `engels` or `polski` alone asks for that language. Compared after
/// normalisation (no accents, lower case), so `türkçe` and `turkce` are one name.
const NAMES: &[(&str, &[&str])] = &[
    (
        "nl",
        &[
            "nederlands",
            "hollands",
            "dutch",
            "felemenkçe",
            "hollandaca",
            "niderlandzki",
            "holenderski",
            "нідерландська",
            "голландська",
            "нидерландский",
            "голландский",
            "الهولندية",
            "هولندي",
        ],
    ),
    (
        "en",
        &[
            "english",
            "engels",
            "ingilizce",
            "angielski",
            "англійська",
            "английский",
            "الإنجليزية",
            "الانجليزية",
            "انجليزي",
            "انكليزي",
        ],
    ),
    (
        "tr",
        &[
            "türkçe",
            "turks",
            "turkish",
            "turecki",
            "турецька",
            "турецкий",
            "التركية",
            "تركي",
        ],
    ),
    (
        "pl",
        &[
            "polski",
            "pools",
            "polish",
            "lehçe",
            "polonca",
            "польська",
            "польский",
            "البولندية",
            "بولندي",
        ],
    ),
    (
        "ar",
        &[
            "العربية",
            "عربي",
            "arabisch",
            "arabic",
            "arapça",
            "arabski",
            "арабська",
            "арабский",
        ],
    ),
    (
        "uk",
        &[
            "українська",
            "украинский",
            "oekraïens",
            "oekraiens",
            "ukrainian",
            "ukraynaca",
            "ukraiński",
            "الأوكرانية",
            "اوكراني",
        ],
    ),
];

/// The language a whole (normalised) message names, e.g. `engels` → `en`.
pub fn named(normalised: &str) -> Option<&'static str> {
    if normalised.is_empty() || normalised.contains(' ') {
        return None;
    }
    // The names as the normaliser writes them, made once (normalising them at every message
    // was a third of a step).
    static NORMALISED: std::sync::OnceLock<Vec<(&'static str, String)>> =
        std::sync::OnceLock::new();
    NORMALISED
        .get_or_init(|| {
            NAMES
                .iter()
                .flat_map(|(code, names)| {
                    names
                        .iter()
                        .map(|n| (*code, super::normalise::normalise(n)))
                })
                .collect()
        })
        .iter()
        .find(|(_, n)| n == normalised)
        .map(|(code, _)| *code)
}

/// Scores in [`LATIN`] order.
const LATIN: [&str; 4] = ["nl", "en", "tr", "pl"];

fn latin_language(raw: &str) -> Option<&'static str> {
    let score = latin_scores(raw);
    let (best, &top) = score.iter().enumerate().max_by_key(|(_, s)| **s)?;
    let second = score
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, s)| *s)
        .max()
        .unwrap_or(0);
    // Clearly one language: enough signals, and more than twice as many as any other.
    (top >= MIN_SIGNALS && top > 2 * second).then_some(LATIN[best])
}

/// Function words and letters of each Latin language, in [`LATIN`] order.
fn latin_scores(raw: &str) -> [u32; 4] {
    let mut score = [0u32; 4];
    let mut word = String::new();
    for piece in raw.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')) {
        if piece.is_empty() {
            continue;
        }
        word.clear();
        for c in piece.chars() {
            // Turkish dotted capital İ lower-cases to i + a combining dot; keep it plain.
            match c {
                'İ' => word.push('i'),
                '’' => word.push('\''),
                c => word.extend(c.to_lowercase()),
            }
        }
        let bits = function_word(&word) | letters(&word);
        for (i, s) in score.iter_mut().enumerate() {
            if bits & (1 << i) != 0 {
                *s += 1;
            }
        }
    }
    score
}

const NL: u8 = 1;
const EN: u8 = 2;
const TR: u8 = 4;
const PL: u8 = 8;

/// Letters one Latin language alone uses.
fn letters(word: &str) -> u8 {
    let mut bits = 0;
    for c in word.chars() {
        match c {
            'ı' | 'ğ' | 'ş' => bits |= TR,
            'ą' | 'ę' | 'ł' | 'ś' | 'ź' | 'ż' | 'ć' | 'ń' => bits |= PL,
            _ => {}
        }
    }
    bits
}

/// Frequent words of exactly one of the Latin languages (a word of two languages is left out).
fn function_word(word: &str) -> u8 {
    match word {
        // Dutch
        "ik" | "je" | "jij" | "jou" | "jouw" | "mij" | "mijn" | "het" | "een" | "en" | "niet"
        | "dat" | "van" | "zijn" | "wat" | "hij" | "zij" | "met" | "voor" | "maar" | "ook"
        | "nog" | "er" | "naar" | "heb" | "heeft" | "hebben" | "wil" | "moet" | "als" | "dan"
        | "om" | "bij" | "wel" | "geen" | "zo" | "hoe" | "waar" | "wie" | "thuis" | "weet"
        | "bent" | "gaat" | "doet" | "altijd" | "nooit" | "mag" | "echt" | "heel" | "veel"
        | "omdat" | "uit" | "tegen" | "deze" | "dit" | "hem" | "haar" | "ons" | "jullie"
        | "wordt" | "worden" | "nu" | "nee" | "hoi" | "graag" | "vriendin" | "moeder" | "vader"
        | "mn" | "m'n" | "zn" | "z'n" | "niks" | "iets" | "iemand" | "doen" | "gaan" | "zegt"
        | "slaat" => NL,
        // English
        "you" | "my" | "the" | "an" | "and" | "not" | "don't" | "dont" | "it" | "that" | "what"
        | "he" | "she" | "they" | "with" | "for" | "but" | "also" | "have" | "has" | "can"
        | "can't" | "cant" | "should" | "if" | "then" | "at" | "how" | "where" | "who" | "home"
        | "he's" | "i'm" | "im" | "am" | "are" | "does" | "this" | "his" | "him" | "from"
        | "be" | "been" | "will" | "would" | "hello" | "please" | "your" | "husband" | "wife"
        | "boyfriend" | "girlfriend" | "mother" | "father" | "mum" | "mom" | "dad" | "scared"
        | "afraid" | "going" | "gonna" | "know" | "there" | "about" | "just" | "someone"
        | "something" | "says" | "hits" | "it's" | "won't" | "when" | "very" | "always"
        | "never" | "now" => EN,
        // Turkish
        "bir" | "ve" | "bu" | "şu" | "için" | "icin" | "çok" | "cok" | "ama" | "var" | "yok"
        | "değil" | "degil" | "beni" | "bana" | "benim" | "seni" | "sana" | "kocam" | "annem"
        | "babam" | "evde" | "şimdi" | "simdi" | "nasıl" | "nasil" | "neden" | "gibi" | "diyor"
        | "istiyorum" | "yardım" | "yardim" | "lütfen" | "lutfen" | "merhaba" | "evet"
        | "hayır" | "hayir" | "bunu" | "onu" | "ne" | "mı" | "mü" | "çünkü" | "cunku"
        | "korkuyorum" | "eşim" | "esim" | "kardeşim" | "kardesim" | "artık" | "artik" | "hep"
        | "gün" | "olur" | "oldu" | "nerede" | "nereye" | "hangi" | "nedir" | "misin" | "musun"
        | "miyim" | "mıyım" | "mısın" | "müsün"
        // spoken and typed without ş/ğ/ı ("-yo" for "-yor")
        | "diyo" | "geliyo" | "yapiyo" | "yapıyo" | "ediyo" | "istiyom" | "dedi" | "diye"
        | "ile" | "kadar" | "sonra" | "önce" | "daha" | "kimse" | "hala" | "hâlâ" | "bile"
        | "benimle" | "olsun" | "lazım" | "lazim" | "yapıyor" | "yapiyor" | "geliyor"
        | "ediyor" | "istemiyorum" | "yasindayim" | "yaşındayım" => TR,
        // Polish
        "nie" | "się" | "sie" | "jest" | "że" | "mnie" | "mój" | "moj" | "moja" | "mąż" | "maz"
        | "jak" | "co" | "czy" | "ale" | "tak" | "ty" | "mam" | "jestem" | "boję" | "boje"
        | "domu" | "teraz" | "bardzo" | "już" | "juz" | "tylko" | "proszę" | "prosze" | "pomoc"
        | "pomocy" | "cześć" | "czesc" | "dzień" | "dzien" | "gdzie" | "dlaczego" | "tata"
        | "chcę" | "chce" | "być" | "byc" | "żona" | "zona" | "mną" | "mna" | "ciebie"
        | "który" | "ktory" | "która" | "ktora" | "bo" | "bije" | "mówi" | "mowi" | "znowu"
        | "zawsze" | "nigdy" | "coś" | "kto" | "jesteś" | "jestes" | "mogę" | "moge" | "można"
        | "mozna" | "dla"
        // typed without ogonki, and other frequent words
        | "nic" | "przez" | "jeszcze" | "wiem" | "kiedy" | "sobie" | "jego" | "mojego"
        | "moje" | "tez" | "też" | "bardziej" | "dziecko" => PL,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clear_sentences_are_recognised() {
        for (text, lang) in [
            ("he is going to kill me, he has a knife", "en"),
            ("I don't feel safe at home anymore", "en"),
            ("hij gaat me vermoorden, hij heeft een mes", "nl"),
            ("ik durf niet naar huis", "nl"),
            ("kocam beni öldürecek yardım edin", "tr"),
            (
                "kocam bicakla uzerime yurudu simdi mutfakta, beni oldurecek",
                "tr",
            ),
            ("mąż ma nóż i mówi że mnie zabije", "pl"),
            ("maz mnie bije i nie wiem co robic", "pl"),
            ("زوجي معه سكين وبيقول رح يقتلني", "ar"),
            ("чоловік тримає ніж і каже що вб'є мене", "uk"),
            ("муж бьет меня каждый день", "uk"),
        ] {
            assert_eq!(identify(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn short_mixed_or_unknown_messages_abstain() {
        for text in [
            "",
            "help",
            "menu",
            "hij slaat",      // two words
            "112",            // no letters
            "ik feel so sad", // one Dutch word, no English one counted twice
            "hallo hallo hallo",
            "tengo miedo de mi marido",
            "Hilfe mein Mann schlägt mich",
            "زوجي hits me every day", // mixed scripts
            "😀 😀 😀",
        ] {
            assert_eq!(identify(text), None, "{text}");
        }
    }

    #[test]
    fn draft_language_text_is_recognised() {
        assert!(is_draft_language_text("ти робот"));
        assert!(is_draft_language_text("مرحبا"));
        assert!(is_draft_language_text(
            "bu bot nasil calisiyor ve ne yapiyor"
        ));
        assert!(!is_draft_language_text("hoe werkt deze bot"));
        assert!(!is_draft_language_text("namus"));
        assert!(!is_draft_language_text(""));
    }

    #[test]
    fn en_is_a_dutch_word_and_language_names_are_known_in_every_script() {
        assert!(is_common_word("en", "nl"));
        assert!(!is_common_word("en", "en"));
        assert!(!is_common_word("pl", "nl"));
        assert!(!is_common_word("en", "ar"));
        for (typed, lang) in [
            ("english", "en"),
            ("engels", "en"),
            ("nederlands", "nl"),
            ("turkce", "tr"),
            ("polski", "pl"),
            ("عربي", "ar"),
            ("Українська", "uk"),
            ("Türkçe", "tr"),
        ] {
            let typed = crate::understand::normalise::normalise(typed);
            assert_eq!(named(&typed), Some(lang), "{typed}");
        }
        assert_eq!(named("en"), None);
        assert_eq!(named("engels leren"), None);
    }

    #[test]
    fn a_word_of_two_languages_counts_for_neither() {
        // "is", "in", "me", "we", "was" are Dutch and English.
        assert_eq!(identify("is in me we was"), None);
        // "ben" is Dutch and Turkish, "ja" Dutch and Polish.
        assert_eq!(function_word("ben"), 0);
        assert_eq!(function_word("ja"), 0);
    }
}

#[cfg(test)]
mod corpus_tests {
    use super::*;

    fn texts(file: &str) -> Vec<String> {
        let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.splitn(3, '\t').nth(2).map(String::from))
            .collect()
    }

    /// On the draft languages' corpora (tests/corpus/lang/, 150 messages each, short cries
    /// included): never the wrong language, and most messages recognised.
    #[test]
    fn the_draft_corpora_are_never_taken_for_another_language() {
        for lang in ["tr", "pl", "ar", "uk"] {
            let mut all = texts(&format!("lang/{lang}.tsv"));
            all.extend(texts(&format!("lang/{lang}2.tsv")));
            let mut right = 0;
            for t in &all {
                match identify(t) {
                    Some(l) if l == lang => right += 1,
                    Some(other) => panic!("{lang} message taken for {other}: {t}"),
                    None => {}
                }
            }
            eprintln!("{lang}: {right} of {} recognised", all.len());
            assert!(right * 2 >= all.len(), "{lang}: {right} of {}", all.len());
        }
    }

    /// The Dutch and English training corpus: never taken for a draft language.
    #[test]
    fn dutch_and_english_are_never_taken_for_a_draft_language() {
        let mut counts = std::collections::BTreeMap::new();
        for file in ["train/c.tsv", "train/d.tsv", "train/e.tsv"] {
            for t in texts(file) {
                let l = identify(&t);
                if !matches!(l, None | Some("nl") | Some("en")) {
                    eprintln!("{t:?} taken for {l:?}");
                }
                *counts.entry(l).or_insert(0) += 1;
            }
        }
        eprintln!("{counts:?}");
    }
}
