//! Table-driven unit tests of the plugin, one file per family of patterns; each table
//! gives texts and every claim they must yield, in order.

mod content;
mod direct;
mod indirect;
mod speakers;

use super::*;
use dateline_plugin::QuoteKind::{self, According, Direct, Indirect, Partial, Stance};

/// What one claim should say: kind, content, speaker as written, resolved speaker.
type Want<'a> = (QuoteKind, &'a str, Option<&'a str>, Option<&'a str>);

fn quotes_of(text: &str) -> Vec<Quote> {
    let doc = Document::from_text("t", text);
    Quotes
        .extract(&doc)
        .unwrap()
        .into_iter()
        .filter_map(|c| c.payload.as_quote().cloned())
        .collect()
}

/// Runs a table of cases: every claim of each text must match, in order.
fn check(family: &str, cases: &[(&str, &[Want])]) {
    for (text, want) in cases {
        let got: Vec<Want> = quotes_of(text)
            .iter()
            .map(|q| {
                (
                    q.kind,
                    Box::leak(q.content.clone().into_boxed_str()) as &str,
                    q.speaker.clone().map(|s| &*Box::leak(s.into_boxed_str())),
                    q.speaker_resolved
                        .clone()
                        .map(|s| &*Box::leak(s.into_boxed_str())),
                )
            })
            .collect();
        assert_eq!(&got, want, "{family}: {text}");
    }
}
