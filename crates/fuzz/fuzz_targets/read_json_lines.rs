#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::read_json_lines(data));
