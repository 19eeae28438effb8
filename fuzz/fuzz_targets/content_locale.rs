//! Arbitrary bytes as a locale's settings (`locales/<lang>/locale.toml`: its name, commands
//! and crisis patterns), in place of one of the fixture's (`fuzz/fixture/`, see `common.rs`).
//! The corpus starts from the shipped ones and the fixture's.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = common::base();
    let text = common::text(data);
    let n = files.locales.len();
    let locale = files
        .locales
        .values_mut()
        .nth(text.len() % n)
        .expect("n > 0");
    let path = locale
        .settings
        .as_ref()
        .map(|s| s.path.clone())
        .unwrap_or_default();
    locale.settings = Some(baken::content::SourceFile {
        path,
        text,
        instance: false,
    });
    common::load(files);
});
