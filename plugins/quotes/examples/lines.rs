//! Local analysis helper (not committed): claims of each line of a file, one JSON line
//! per input line.
use dateline_plugin::{Document, Extractor};
use dateline_quotes::Quotes;
fn main() {
    let file = std::env::args().nth(1).unwrap();
    let body = std::fs::read_to_string(file).unwrap();
    for line in body.lines() {
        let doc = Document::from_text("l", line.to_string());
        let claims = Quotes.extract(&doc).unwrap();
        let out: Vec<String> = claims
            .iter()
            .filter_map(|c| c.payload.as_quote())
            .map(|q| {
                format!(
                    "{:?} [{}] cue={:?} speaker={:?}",
                    q.kind,
                    q.pieces
                        .iter()
                        .map(|p| &line[p.start..p.end])
                        .collect::<Vec<_>>()
                        .join(" | "),
                    q.cue,
                    q.speaker
                )
            })
            .collect();
        println!("{}", serde_json::json!(out));
    }
}
