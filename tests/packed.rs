//! Packed claims (the binary answer of `extract_packed`, see docs/abi.md) against the
//! JSON answer, over the bundled plugins' real claims: on every example article and
//! fixture, and on generated news text, each plugin's claims packed and read back are
//! exactly the claims it made, and exactly what the JSON answer gives the host.

use std::path::PathBuf;

use dateline_host::read::{ReadOptions, expand_paths, read_file};
use dateline_plugin::abi::packed;
use dateline_plugin::{Claim, Document, Extractor};
use proptest::prelude::*;

/// Every article of the examples and the fixtures, segmented as the host reads them.
fn documents() -> Vec<Document> {
    let inputs = expand_paths(&[
        PathBuf::from("docs/examples/articles"),
        PathBuf::from("tests/fixtures"),
    ]);
    let docs: Vec<Document> = inputs
        .into_iter()
        .filter_map(Result::ok)
        .flat_map(|path| read_file(&path, &ReadOptions::default()))
        .filter_map(|r| r.document)
        .collect();
    assert!(docs.len() > 10, "only {} documents", docs.len());
    docs
}

/// The claims as the host reads them from the JSON answer: the macro leaves out a text
/// that is the text under its span, and the host fills it in.
fn through_json(claims: &[Claim], doc: &Document) -> Vec<Claim> {
    let sent: Vec<Claim> = claims
        .iter()
        .cloned()
        .map(|mut c| {
            if c.span.slice(&doc.text) == Some(c.text.as_str()) {
                c.text.clear();
            }
            c
        })
        .collect();
    let bytes = serde_json::to_vec(&sent).expect("claims serialize");
    let mut read: Vec<Claim> = serde_json::from_slice(&bytes).expect("claims parse");
    for c in &mut read {
        if c.text.is_empty() {
            c.text = doc.slice(c.span).to_owned();
        }
    }
    read
}

/// Check one plugin's claims on one document; returns how many there were.
fn check<T: Extractor>(extractor: &T, doc: &Document) -> Result<usize, TestCaseError> {
    let claims = extractor
        .extract(doc)
        .expect("the bundled plugins do not fail");
    let bytes = packed::encode(&claims, &doc.text).expect("claims pack");
    let back: Vec<Claim> = packed::decode(&bytes, &doc.text)
        .expect("a packed buffer reads back")
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("every packed claim reads back");
    prop_assert_eq!(&back, &claims, "{}", doc.id);
    prop_assert_eq!(&through_json(&claims, doc), &claims, "{}", doc.id);
    // The host holds a packed buffer to the output limit (plus the header) before it
    // decodes it, which is right only because a packed buffer is never larger than the
    // header and its claims' JSON.
    let json: usize = claims
        .iter()
        .map(|c| serde_json::to_vec(c).map_or(0, |v| v.len()))
        .sum();
    prop_assert!(
        bytes.len() <= packed::HEADER_LEN + json,
        "{} > {json}",
        bytes.len()
    );
    Ok(claims.len())
}

fn plugins() -> (
    dateline_dates::Dates,
    dateline_casualties::Casualties,
    dateline_quotes::Quotes,
) {
    let none = serde_json::json!({});
    (
        dateline_dates::Dates::create(&none).unwrap(),
        dateline_casualties::Casualties::create(&none).unwrap(),
        dateline_quotes::Quotes::create(&none).unwrap(),
    )
}

#[test]
fn packed_claims_of_the_bundled_plugins_are_their_claims() {
    let (dates, casualties, quotes) = plugins();
    let mut counts = [0; 3];
    for doc in documents() {
        counts[0] += check(&dates, &doc).unwrap();
        counts[1] += check(&casualties, &doc).unwrap();
        counts[2] += check(&quotes, &doc).unwrap();
    }
    // Every payload type is exercised, not only the easy ones.
    assert!(counts.iter().all(|&n| n > 10), "{counts:?}");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn packed_claims_on_generated_news_are_the_claims(
        text in crate::properties::news_text(),
        published in prop::option::of(0u32..3000),
    ) {
        let (dates, casualties, quotes) = plugins();
        let mut doc = Document::from_text("prop", text);
        doc.published = published.and_then(|d| {
            chrono::NaiveDate::from_ymd_opt(2020, 1, 1)?.checked_add_days(chrono::Days::new(d.into()))
        });
        dateline_host::segment::segment_document(&mut doc);
        check(&dates, &doc)?;
        check(&casualties, &doc)?;
        check(&quotes, &doc)?;
    }
}
