//! Prints the quote claims of a text read from standard input, one per line:
//! `echo '"Go," she said.' | cargo run -p dateline-quotes --example show`.

use std::io::Read;

use dateline_plugin::{Document, Extractor};
use dateline_quotes::Quotes;

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: cannot read standard input: {e}");
        std::process::exit(1);
    }
    let doc = Document::from_text("stdin", text);
    match Quotes.extract(&doc) {
        Ok(claims) => {
            for c in claims {
                if let Some(q) = c.payload.as_quote() {
                    println!(
                        "{:?} [{}] cue={:?} speaker={:?} resolved={:?}",
                        q.kind,
                        q.pieces
                            .iter()
                            .map(|p| &doc.text[p.start..p.end])
                            .collect::<Vec<_>>()
                            .join(" | "),
                        q.cue,
                        q.speaker,
                        q.speaker_resolved
                    );
                }
            }
        }
        Err(e) => eprintln!("error: {e}"),
    }
}
