//! Text normalisation: the one place where a typed message is made comparable.
//!
//! Used by crisis detection, routing, commands and option labels alike, and by the build script
//! that trains the classifier (`build.rs` includes this file), so training and use see the same
//! text. It depends on nothing in the crate for that reason.
//!
//! Crisis keyword lists elsewhere broke on curly apostrophes, accents and capitals. Every
//! message is therefore normalised *before* any pattern sees it, and patterns written by content
//! editors get the same treatment for the characters that are not regex syntax (accents and
//! apostrophes), so `z’n`, `z'n` and `zn` are one word to Baken.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest message (in characters) that is looked at. A longer message is cut here: enough
/// for any real sentence, and it keeps the cost of a 100 KB paste bounded.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// Characters that change nothing visible but can hide a word from a pattern: zero-width
/// spaces and joiners, bidirectional marks and isolates, the byte-order mark, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}'
            | '\u{2019}'
            | '\u{201B}'
            | '\u{02BC}'
            | '\u{0060}'
            | '\u{00B4}'
            | '\u{2032}'
    )
}

/// Cyrillic and Greek letters that look like Latin ones. Folded to Latin only inside a word
/// that also has Latin letters (`vеrmооrd` typed with Cyrillic `е` and `о` to slip past a
/// filter, or by a keyboard switch mid-word): a word wholly in Cyrillic or Greek is a word of
/// that language and is left alone.
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ς' => 'c',
        'е' | 'ε' | 'ё' => 'e',
        'һ' | 'н' => 'h',
        'і' | 'ι' | 'ї' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' | 'μ' => 'm',
        'η' | 'п' => 'n',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ш' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        'ʐ' => 'z',
        _ => return None,
    })
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
}

/// Fold look-alike letters in words that mix Latin with Cyrillic or Greek (see
/// [`latin_lookalike`]). The input is already lower case, split on single spaces.
fn fold_mixed_script(text: String) -> String {
    if text.is_ascii() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mixed =
            word.chars().any(is_latin_letter) && word.chars().any(|c| latin_lookalike(c).is_some());
        if mixed {
            out.extend(word.chars().map(|c| latin_lookalike(c).unwrap_or(c)));
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Normalise a message for matching: at most [`MAX_MESSAGE_CHARS`], compatibility-decomposed
/// with accents removed, lower case, apostrophes dropped (`i’m` → `im`), invisible characters
/// dropped, every other character that is not a letter or digit turned into a space, and
/// runs of spaces collapsed. The result is at most [`MAX_MESSAGE_CHARS`] characters too:
/// decomposition can make one character many (`ﷺ` is 18 letters), so the output is cut as
/// well as the input (found while writing the fuzz target's checks; see
/// `tests/fuzz_regressions.rs`).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_MESSAGE_CHARS * 2));
    let mut last_space = true;
    let mut count = 0;
    for c in text.chars().take(MAX_MESSAGE_CHARS).nfkd() {
        if is_combining_mark(c) || is_invisible(c) || is_apostrophe(c) {
            continue;
        }
        if is_laughing(c) {
            // A laughing face is a laugh: the word "haha", so that jokes with violent words
            // ("ik vermoord je als je mijn chips opeet 😂") read as jokes.
            if count + 6 > MAX_MESSAGE_CHARS {
                break;
            }
            if !last_space {
                out.push(' ');
                count += 1;
            }
            out.push_str("haha ");
            count += 5;
            last_space = true;
            continue;
        }
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if count == MAX_MESSAGE_CHARS {
                    break;
                }
                out.push(plain_letter(l));
                count += 1;
            }
            last_space = false;
        } else if !last_space && count < MAX_MESSAGE_CHARS {
            out.push(' ');
            count += 1;
            last_space = true;
        }
        if count == MAX_MESSAGE_CHARS {
            break;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    fold_mixed_script(out)
}

/// Faces that laugh (😂 🤣 😆 😹): read as the word "haha". Not 😅 or 🙂: a nervous or polite
/// smile also goes with real distress.
fn is_laughing(c: char) -> bool {
    matches!(c, '\u{1F602}' | '\u{1F923}' | '\u{1F606}' | '\u{1F639}')
}

/// Collapse every run of the same letter longer than `keep` to `keep` letters. With `keep = 2`
/// "slaaaat" becomes "slaat"; with `keep = 1` "heeeelp" becomes "help". Matching both variants
/// tolerates stretched words without breaking Dutch double letters.
pub fn squeeze(text: &str, keep: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    let mut run = 0;
    for c in text.chars() {
        if Some(c) == prev && c.is_alphabetic() {
            run += 1;
        } else {
            run = 1;
            prev = Some(c);
        }
        if run <= keep {
            out.push(c);
        }
    }
    out
}

/// Digits written for letters inside a word (`k1ll`, `m00rd`, `5elfmoord`): only in words
/// that mix letters and digits, so `112`, `0800` and `ik ben 12` are left alone.
pub fn unleet(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
        if letters >= 1 && digits >= 1 {
            out.extend(word.chars().map(|c| match c {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                _ => c,
            }));
        } else {
            out.push_str(word);
        }
    }
    out
}

/// The forms of a message that patterns are tried against: the normalised text, and two
/// squeezed variants and a variant with digits read as letters, when they differ from it.
/// Every variant has the same words in the same places (only letters inside words change), so
/// word positions found in one hold in the others.
pub fn variants(text: &str) -> Vec<String> {
    let base = normalise(text);
    let two = squeeze(&base, 2);
    let one = squeeze(&base, 1);
    let leet = unleet(&base);
    let mut v = vec![base];
    for s in [two, one, leet] {
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// Prepare a pattern written by a content editor: accents and apostrophes are removed the way
/// they are removed from messages. Regex syntax is ASCII and is left alone.
pub fn normalise_pattern(pattern: &str) -> String {
    pattern
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && !is_apostrophe(*c) && !is_invisible(*c))
        .map(plain_letter)
        .collect()
}

/// Letters Unicode does not decompose, read as the plain letter people type without a Turkish
/// or Polish keyboard: dotless `ı` (`kızım` = `kizim`), `ł` (`był` = `byl`), and the like. Then
/// a concept needs one spelling, not two. In Arabic, the letters people write for one another
/// at the end of a word: alef maksura `ى` as ya `ي` (`على` / `علي`, `ساعدونى` / `ساعدوني`)
/// and ta marbuta `ة` as ha `ه` (`ليلة` / `ليله`); the hamza forms of alef (`أ إ آ`) already
/// lose their hamza as a combining mark.
fn plain_letter(c: char) -> char {
    match c {
        'ى' => 'ي',
        'ة' => 'ه',
        'ı' => 'i',
        'ł' => 'l',
        'Ł' => 'L',
        'đ' => 'd',
        'Đ' => 'D',
        'ø' => 'o',
        'Ø' => 'O',
        c => c,
    }
}

/// Remove control characters (other than newline and tab) and invisible characters from text
/// that will be echoed back, and cut it to [`MAX_MESSAGE_CHARS`].
pub fn clean_for_display(text: &str) -> String {
    text.chars()
        .take(MAX_MESSAGE_CHARS)
        .filter(|c| !is_invisible(*c) && (!c.is_control() || *c == '\n' || *c == '\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_quotes_accents_case_and_punctuation() {
        assert_eq!(
            normalise("Hij gaat me VERMOORDEN!!!"),
            "hij gaat me vermoorden"
        );
        assert_eq!(normalise("I’m scared"), "im scared");
        assert_eq!(normalise("I'm scared"), "im scared");
        assert_eq!(
            normalise("ik ben één keer geslagen"),
            "ik ben een keer geslagen"
        );
        assert_eq!(normalise("z\u{200B}elf\u{00AD}moord"), "zelfmoord");
        assert_eq!(normalise("  \t\n "), "");
        assert_eq!(normalise("/menu"), "menu");
        assert_eq!(
            normalise("ik vermoord je als je mn chips opeet😂😂"),
            "ik vermoord je als je mn chips opeet haha haha"
        );
        assert_eq!(normalise("😢 ik kan niet meer 🙂"), "ik kan niet meer");
        // Turkish and Polish letters without a decomposition, typed with and without them
        assert_eq!(normalise("KIZIM bıçak"), normalise("kizim bicak"));
        assert_eq!(normalise("kızım bıçak"), "kizim bicak");
        assert_eq!(normalise("Był mąż, ŁÓDŹ"), "byl maz lodz");
        // Arabic end letters written either way, and alef with or without hamza
        assert_eq!(normalise("ساعدونى الليلة"), normalise("ساعدوني الليله"));
        assert_eq!(normalise("أمي"), normalise("امي"));
    }

    #[test]
    fn squeezes_stretched_words_both_ways() {
        assert_eq!(squeeze("heeeelp", 1), "help");
        assert_eq!(squeeze("slaaaat", 2), "slaat");
        assert_eq!(squeeze("0800", 1), "0800");
        assert!(variants("HEEEELP").contains(&"help".to_string()));
    }

    #[test]
    fn look_alike_letters_inside_latin_words_are_folded() {
        // Cyrillic е and о inside a Dutch word.
        assert_eq!(
            normalise("hij gaat me v\u{0435}rm\u{043E}\u{043E}rden"),
            "hij gaat me vermoorden"
        );
        // A wholly Cyrillic word is Ukrainian, not a disguise.
        assert_eq!(normalise("він"), "він");
        assert_eq!(
            unleet("k1ll m3 112 0800 ik ben 12"),
            "kill me 112 0800 ik ben 12"
        );
    }

    #[test]
    fn cuts_huge_input() {
        let huge = "a ".repeat(100_000);
        assert!(normalise(&huge).chars().count() <= MAX_MESSAGE_CHARS);
    }

    #[test]
    fn patterns_lose_accents_and_apostrophes_but_keep_regex_syntax() {
        assert_eq!(
            normalise_pattern(r"\bz’n\b (één|twee)"),
            r"\bzn\b (een|twee)"
        );
    }
}
