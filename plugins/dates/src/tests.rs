//! Table-driven unit tests: sentence, DCT, expected extents and values.

use chrono::NaiveDate;

use super::*;

fn run(text: &str, dct: &str) -> Vec<(String, String)> {
    let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    Dates::default()
        .find(text, dct)
        .into_iter()
        .map(|(span, t)| {
            let mut v = t.value.clone();
            if let Some(m) = &t.modifier {
                v.push_str(&format!(" mod={m}"));
            }
            (text[span.start..span.end].to_owned(), v)
        })
        .collect()
}

fn check(text: &str, dct: &str, want: &[(&str, &str)]) {
    let got = run(text, dct);
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn weekdays_follow_the_tense() {
    // 2024-02-07 is a Wednesday.
    check(
        "The minister said Friday that talks had failed.",
        "2024-02-07",
        &[("Friday", "2024-02-02")],
    );
    check(
        "The minister will travel on Friday.",
        "2024-02-07",
        &[("Friday", "2024-02-09")],
    );
    check(
        "Officials met Wednesday.",
        "2024-02-07",
        &[("Wednesday", "2024-02-07")],
    );
    check(
        "He left last Monday and returns next Tuesday.",
        "2024-02-07",
        &[
            ("last Monday", "2024-02-05"),
            ("next Tuesday", "2024-02-13"),
        ],
    );
}

#[test]
fn future_auxiliary_beats_a_nearer_participle() {
    let got = run("Qantas Airways will almost double its flights between Australia and India by August in the search for new markets untouched by the crippling Asian economic crisis, the airline said.", "1998-02-23");
    assert_eq!(got, vec![("August".to_owned(), "1998-08".to_owned())]);
}

#[test]
fn future_month_day() {
    let got = run("The stock split, which is subject to approval. The increased dividend will be paid Dec. 14 to holders of record Nov. 15.", "1989-10-26");
    assert_eq!(got, vec![("Dec. 14".to_owned(), "1989-12-14".to_owned()), ("Nov. 15".to_owned(), "1989-11-15".to_owned())]);
}
