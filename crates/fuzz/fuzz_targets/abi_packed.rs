#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::abi_packed(data));
