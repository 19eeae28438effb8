//! Arbitrary bytes as a flow file (`flows/*.toml`): in place of one of the fixture's flows
//! (`fuzz/fixture/`, see `common.rs`), or added beside them. The corpus starts from the shipped
//! flows and the fixture's.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = common::base();
    common::replace_or_add(&mut files.flows, common::text(data), "flows/fuzz.toml");
    common::load(files);
});
