//! Arbitrary bytes as a flow file (`flows/*.toml`): in place of one of the shipped flows, or
//! added beside them.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = baken::ContentFiles::embedded();
    common::replace_or_add(&mut files.flows, common::text(data), "flows/fuzz.toml");
    common::load(files);
});
