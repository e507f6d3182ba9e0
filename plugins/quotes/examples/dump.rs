//! Local analysis helper (not committed): dumps claims of each PolNeAR document as JSON
//! Lines with code-point offsets.
use dateline_eval::quotes::{document_of, read_polnear};
use dateline_plugin::Extractor;
use dateline_quotes::Quotes;
fn main() {
    let file = std::env::args().nth(1).unwrap();
    let docs = read_polnear(std::path::Path::new(&file)).unwrap();
    for d in &docs {
        let doc = document_of(d);
        let cp = |b: usize| d.text[..b].chars().count();
        let claims = Quotes.extract(&doc).unwrap();
        let mut out = Vec::new();
        for c in claims {
            if let Some(q) = c.payload.as_quote() {
                out.push(serde_json::json!({
                    "kind": format!("{:?}", q.kind),
                    "pieces": q.pieces.iter().map(|p| [cp(p.start), cp(p.end)]).collect::<Vec<_>>(),
                    "speaker_span": q.speaker_span.map(|p| [cp(p.start), cp(p.end)]),
                    "speaker": q.speaker, "resolved": q.speaker_resolved, "cue": q.cue,
                    "cue_span": q.cue_span.map(|p| [cp(p.start), cp(p.end)]),
                }));
            }
        }
        println!("{}", serde_json::json!({"id": d.id, "claims": out}));
    }
}
