//! Property tests over generated news-like text (proptest): the claims of the bundled
//! plugins lie on char boundaries inside the text and their `text` is the slice under
//! the span; the sentences tile their paragraphs; the records do not depend on the
//! thread count.

use std::path::PathBuf;

use dateline_host::pipeline::{self, RunOptions};
use dateline_host::segment::segment_document;
use dateline_plugin::{Document, Span};
use proptest::prelude::*;

/// Pieces of news text, hostile ones among them: abbreviations, quotes of every kind,
/// multi-byte letters, numbers and dates, odd white space, stray punctuation.
const TOKENS: &[&str] = &[
    "Officials",
    "said",
    "killed",
    "injured",
    "at least",
    "12",
    "dozens",
    "people",
    "on",
    "Monday",
    "3 May 2024",
    "May",
    "2024-05-03",
    "last week",
    "U.S.",
    "Dr.",
    "Mr.",
    "Feb.",
    "No.",
    "Inc.",
    "A.",
    "the",
    "army",
    "He",
    "She",
    "told",
    "reporters",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "—",
    "–",
    "-",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "...",
    "…",
    "é",
    "Zürich",
    "İstanbul",
    "北京",
    "🙂",
    "\u{200b}",
    "\u{a0}",
    "\t",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "  \n  ",
    "1,200",
    "3.5",
    "10:30",
    "1990s",
    "#",
    "*",
    "&",
    "<b>",
];

pub(crate) fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..160).prop_map(|tokens| {
        let mut text = String::new();
        for (i, t) in tokens.iter().enumerate() {
            // Mostly a space between tokens, sometimes none, so that punctuation and
            // quotes also touch words.
            if i > 0 && i % 3 != 0 {
                text.push(' ');
            }
            text.push_str(t);
        }
        text
    })
}

use crate::fuzz_regressions::targets::bundled;

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// A quotation mark left open across a line break and closed after a bracket made the
/// quotes plugin give a quote whose second piece was empty, which the host dropped as
/// malformed output. The plugin now leaves the empty piece out: the quote it gives has
/// one piece, the words after the open mark, and passes the host's validation.
#[test]
fn a_quote_left_open_across_a_line_break_gives_a_valid_claim() {
    let text = "He wrote \" it was over (he said \n \",";
    let mut doc = Document::from_text("prop", text);
    segment_document(&mut doc);
    let (claims, errors) = bundled().extract(&doc);
    assert!(errors.is_empty(), "{errors:?}");
    let quotes: Vec<_> = claims.iter().filter(|c| c.plugin == "quotes").collect();
    assert_eq!(quotes.len(), 1, "{claims:?}");
    let q = quotes[0]
        .payload
        .as_quote()
        .expect("a quote claim has a quote payload");
    assert_eq!(q.pieces.len(), 1);
    assert!(q.pieces.iter().all(|p| !p.is_empty()));
    assert_eq!(q.content, "it was over (he said");
    assert_eq!(
        quotes[0].text,
        &text[quotes[0].span.start..quotes[0].span.end]
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The host validates claims and drops bad ones with an error; the bundled plugins
    /// must never need that, and what they give must slice the text exactly.
    #[test]
    fn claims_lie_on_char_boundaries_and_their_text_is_the_slice(
        text in news_text(),
        published in prop::option::of(0u32..3000),
    ) {
        let registry = bundled();
        let mut doc = Document::from_text("prop", text);
        doc.published = published.and_then(|d| {
            chrono::NaiveDate::from_ymd_opt(2020, 1, 1)?.checked_add_days(chrono::Days::new(d.into()))
        });
        segment_document(&mut doc);
        let (claims, errors) = registry.extract(&doc);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        for c in &claims {
            prop_assert!(on_boundaries(&doc.text, c.span), "{:?}", c.span);
            prop_assert!(!c.span.is_empty());
            prop_assert_eq!(&c.text, &doc.text[c.span.start..c.span.end]);
            if let Some(q) = c.payload.as_quote() {
                for piece in &q.pieces {
                    prop_assert!(on_boundaries(&doc.text, *piece), "{:?}", piece);
                }
            }
        }
    }

    /// Every paragraph is covered by its sentences, in order, with only white space
    /// between them, and every sentence lies inside one paragraph.
    #[test]
    fn sentences_tile_the_paragraphs(text in news_text()) {
        let mut doc = Document::from_text("prop", text);
        segment_document(&mut doc);
        let t = &doc.text;
        let mut sentences = doc.sentences.iter().peekable();
        for p in &doc.paragraphs {
            prop_assert!(on_boundaries(t, *p));
            let mut at = p.start;
            while let Some(s) = sentences.next_if(|s| s.start < p.end) {
                prop_assert!(p.contains(*s), "sentence {:?} crosses paragraph {:?}", s, p);
                prop_assert!(on_boundaries(t, *s));
                prop_assert!(t[at..s.start].trim().is_empty(), "gap {:?} in {:?}", &t[at..s.start], p);
                at = s.end;
            }
            prop_assert!(at > p.start, "paragraph {:?} has no sentence", p);
            prop_assert!(t[at..p.end].trim().is_empty(), "paragraph {:?} ends uncovered: {:?}", p, &t[at..p.end]);
        }
        prop_assert!(sentences.next().is_none(), "a sentence outside every paragraph");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 12,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The same articles give the same records, in the same order, on 1 or 3 threads.
    #[test]
    fn records_do_not_depend_on_the_thread_count(
        texts in prop::collection::vec(news_text(), 1..24),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut lines = String::new();
        for (i, text) in texts.iter().enumerate() {
            std::fs::write(dir.path().join(format!("{i:02}.txt")), format!("Title {i}\n{text}")).unwrap();
            lines.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
            lines.push('\n');
        }
        std::fs::write(dir.path().join("feed.jsonl"), lines).unwrap();
        let registry = bundled();
        let run = |jobs| {
            let mut out = Vec::new();
            let paths: Vec<PathBuf> = vec![dir.path().to_path_buf()];
            let opts = RunOptions { jobs, ..RunOptions::default() };
            pipeline::run(&registry, &paths, &opts, &|_| {}, &mut |r| {
                out.push(serde_json::to_string(&r).unwrap())
            });
            out
        };
        let one = run(1);
        prop_assert_eq!(one.len(), 2 * texts.len());
        prop_assert_eq!(one, run(3));
    }
}
