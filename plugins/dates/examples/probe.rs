//! Print what the dates plugin finds in one sentence: `probe DCT TEXT`.
//!
//! `cargo run --release -p dateline-dates --example probe -- 2024-02-07 "They met Friday."`

use dateline_dates::Dates;

fn main() {
    let mut args = std::env::args().skip(1);
    let dct = args
        .next()
        .and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let text: Vec<String> = args.collect();
    let text = text.join(" ");
    for (span, t) in Dates::default().find(&text, dct) {
        println!(
            "{:?}\t{:?}\t{}\t{}",
            &text[span.start..span.end],
            t.timex_type,
            t.value,
            t.modifier.unwrap_or_default()
        );
    }
}
