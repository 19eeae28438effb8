//! Arbitrary bytes as a Fluent file: in place of one of the fixture's `.ftl` files (the shared
//! terms or any locale's messages; `fuzz/fixture/`, see `common.rs`), or added to the base
//! locale. The corpus starts from the shipped `.ftl` files and the fixture's.
#![no_main]

mod common;

use baken::content::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = common::base();
    let text = common::text(data);
    // Every Fluent file in one list (shared terms first, then each locale's), plus "new".
    let mut slots: Vec<&mut SourceFile> = files.shared.iter_mut().collect();
    for l in files.locales.values_mut() {
        slots.extend(l.ftl.iter_mut());
    }
    let i = text.len() % (slots.len() + 1);
    if i < slots.len() {
        slots[i].text = text;
    } else {
        drop(slots);
        files
            .locales
            .get_mut(baken::content::BASE_LOCALE)
            .expect("the fixture has the base locale")
            .ftl
            .push(SourceFile {
                path: "locales/nl/fuzz.ftl".into(),
                text,
                instance: false,
            });
    }
    common::load(files);
});
