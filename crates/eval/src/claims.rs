//! Evaluation of claims of any kind against span gold (JSON Lines): the scorer for a
//! plugin's own kinds (`money`, `vote_count`, …), and for any built-in kind scored the
//! same way.
//!
//! It has the shape of TempEval-3 Task A ([`crate::dates`]), with the claim's payload in
//! place of the TIMEX3 value: a claim is found or not (its span), and when found it says
//! the right thing or not (its payload).
//!
//! [`evaluate_claims`] reads one document per line, `{id, text, published?, claims:
//! [{text, start?, payload?}], tags?}`, segments each text as the host does, runs the
//! extractor and compares its claims *of one kind* with the gold claims:
//!
//! - **Where a gold claim is.** Its `text` is its surface. Without `start`, it is the
//!   first occurrence of that text at or after the end of the gold claim before it (write
//!   the claims in text order); `start` (a Unicode code-point offset into `text`, as in
//!   the PolNeAR and TempEval-3 gold) places it exactly.
//! - **Relaxed match.** A system claim matches a gold claim when their spans overlap.
//!   Matching is one-to-one and greedy in text order: each gold claim takes the first
//!   free system claim it overlaps, preferring one with the identical span.
//! - **Strict match.** A relaxed match with the identical span.
//! - **Payload.** A match has the right payload when every field the gold `payload`
//!   gives equals the same field of the system claim's payload as `dateline extract`
//!   writes it (docs/output-format.md); fields the gold leaves out are not scored, and
//!   an object compares field by field the same way. Numbers compare by value (`40` and
//!   `40.0` are equal). Payload accuracy = right payloads / relaxed matches, and payload
//!   F1 = relaxed F1 × payload accuracy, the figure to rank by (TempEval-3's value F1).
//! - **Tags.** Every count is also broken down by the document's tags, so that a
//!   regression points at its family of cases; a document without gold claims is a hard
//!   negative, where every claim is spurious.
//!
//! A document the extractor fails on counts as finding nothing, and is listed.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use dateline_plugin::serde_json::{Map, Value};
use dateline_plugin::{Claim, Document, Span};
use serde::{Deserialize, Serialize};

use crate::{EvalError, ExtractFn, f1, match_spans, ratio};

/// One gold claim, placed in its document's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldClaim {
    /// Byte span in the document text.
    pub span: Span,
    /// The surface text.
    pub text: String,
    /// The payload fields to check (an empty object checks none).
    pub payload: Map<String, Value>,
}

/// One gold document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldDoc {
    /// Stable identifier.
    pub id: String,
    /// The text.
    pub text: String,
    /// The publication date, when given.
    pub published: Option<NaiveDate>,
    /// The gold claims, in text order.
    pub claims: Vec<GoldClaim>,
    /// Family tags of the document.
    pub tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDoc {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<NaiveDate>,
    #[serde(default)]
    claims: Vec<RawClaim>,
    #[serde(default)]
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    text: String,
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    payload: Map<String, Value>,
}

/// Counts behind the figures of one group of documents. All figures derive from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents scored.
    pub documents: usize,
    /// Gold claims.
    pub gold: usize,
    /// System claims of the kind scored.
    pub system: usize,
    /// Relaxed (overlapping, one-to-one) matches.
    pub relaxed: usize,
    /// Strict (identical span) matches.
    pub strict: usize,
    /// Relaxed matches with the right payload.
    pub payload: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.payload += o.payload;
    }

    /// The figures computed from the counts.
    pub fn scores(&self) -> Scores {
        let strict_p = ratio(self.strict, self.system);
        let strict_r = ratio(self.strict, self.gold);
        let relaxed_p = ratio(self.relaxed, self.system);
        let relaxed_r = ratio(self.relaxed, self.gold);
        let relaxed_f1 = f1(relaxed_p, relaxed_r);
        let payload_accuracy = ratio(self.payload, self.relaxed);
        Scores {
            strict_p,
            strict_r,
            strict_f1: f1(strict_p, strict_r),
            relaxed_p,
            relaxed_r,
            relaxed_f1,
            payload_accuracy,
            payload_f1: relaxed_f1 * payload_accuracy,
        }
    }
}

/// The figures, as fractions in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    /// Strict precision.
    pub strict_p: f64,
    /// Strict recall.
    pub strict_r: f64,
    /// Strict F1.
    pub strict_f1: f64,
    /// Relaxed precision.
    pub relaxed_p: f64,
    /// Relaxed recall.
    pub relaxed_r: f64,
    /// Relaxed F1.
    pub relaxed_f1: f64,
    /// Share of relaxed matches with the right payload.
    pub payload_accuracy: f64,
    /// Relaxed F1 × payload accuracy: the figure to rank by.
    pub payload_f1: f64,
}

/// What went wrong with one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold claim no system claim overlaps.
    Missed,
    /// A system claim that overlaps no gold claim.
    Spurious,
    /// Matched, but a payload field differs.
    WrongPayload,
    /// Matched with the right payload, but the span differs.
    WrongExtent,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::WrongPayload => "wrong payload",
            ErrorKind::WrongExtent => "wrong extent",
        })
    }
}

/// One error, with enough context to read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimError {
    /// The kind of error.
    pub kind: ErrorKind,
    /// The document id.
    pub doc: String,
    /// The gold claim's text and the payload fields it checks, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<(String, Value)>,
    /// The system claim's text and payload, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<(String, Value)>,
}

/// The result of [`evaluate_claims`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimsReport {
    /// The claim kind scored.
    pub kind: String,
    /// Counts over all documents.
    pub total: Counts,
    /// Figures over all documents.
    pub scores: Scores,
    /// Counts per tag, in tag order.
    pub by_tag: BTreeMap<String, Counts>,
    /// Documents the extractor failed on, with its message.
    pub failures: Vec<(String, String)>,
    /// Every error, in document order then text order.
    #[serde(skip)]
    pub error_list: Vec<ClaimError>,
}

impl ClaimsReport {
    /// Up to `n` errors, one block each, in document order.
    pub fn errors(&self, n: usize) -> String {
        let mut out = String::new();
        for e in self.error_list.iter().take(n) {
            let show = |c: &Option<(String, Value)>| match c {
                Some((text, payload)) => format!("{text:?} {payload}"),
                None => "-".to_owned(),
            };
            out.push_str(&format!(
                "{}  {}\n  gold:   {}\n  system: {}\n",
                e.kind,
                e.doc,
                show(&e.gold),
                show(&e.system)
            ));
        }
        out
    }

    /// Number of errors of each kind, in kind order.
    pub fn error_counts(&self) -> BTreeMap<ErrorKind, usize> {
        let mut m = BTreeMap::new();
        for e in &self.error_list {
            *m.entry(e.kind).or_insert(0) += 1;
        }
        m
    }
}

impl fmt::Display for ClaimsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} claims: {} documents",
            self.kind, self.total.documents
        )?;
        writeln!(
            f,
            "{:<20} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6}",
            "tag",
            "docs",
            "gold",
            "sys",
            "str.P",
            "str.R",
            "str.F1",
            "rel.P",
            "rel.R",
            "rel.F1",
            "pay.A",
            "pay.F1"
        )?;
        let mut rows: Vec<(&str, &Counts)> = vec![("(all)", &self.total)];
        rows.extend(self.by_tag.iter().map(|(k, v)| (k.as_str(), v)));
        for (name, c) in rows {
            let s = c.scores();
            // A figure with nothing to divide by (precision of a group where the
            // system claimed nothing, recall of hard negatives) is shown as `-`.
            let p = |x: f64, of: usize| {
                if of == 0 {
                    "-".to_owned()
                } else {
                    format!("{:.1}", 100.0 * x)
                }
            };
            let any = c.gold + c.system;
            writeln!(
                f,
                "{:<20} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6}",
                name,
                c.documents,
                c.gold,
                c.system,
                p(s.strict_p, c.system),
                p(s.strict_r, c.gold),
                p(s.strict_f1, any),
                p(s.relaxed_p, c.system),
                p(s.relaxed_r, c.gold),
                p(s.relaxed_f1, any),
                p(s.payload_accuracy, c.relaxed),
                p(s.payload_f1, any)
            )?;
        }
        let counts = self.error_counts();
        if !counts.is_empty() {
            let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k} {v}")).collect();
            writeln!(f, "errors: {}", parts.join(", "))?;
        }
        for (doc, msg) in &self.failures {
            writeln!(f, "extractor failed on {doc}: {msg}")?;
        }
        Ok(())
    }
}

/// Parse a gold file's content; `file` names it in errors.
pub fn parse_gold(file: &Path, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut out = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let error = |message: String| EvalError::Parse {
            path: file.to_path_buf(),
            line: i + 1,
            message,
        };
        let raw: RawDoc = serde_json::from_str(line).map_err(|e| error(e.to_string()))?;
        let mut claims = Vec::new();
        let mut from = 0;
        for (k, c) in raw.claims.into_iter().enumerate() {
            if c.text.is_empty() {
                return Err(error(format!("claim {} of {} has no text", k + 1, raw.id)));
            }
            let start = match c.start {
                Some(cp) => {
                    let at = byte_offset(&raw.text, cp).ok_or_else(|| {
                        error(format!(
                            "claim {} of {}: start {cp} is past the end of the text",
                            k + 1,
                            raw.id
                        ))
                    })?;
                    if !raw.text[at..].starts_with(&c.text) {
                        return Err(error(format!(
                            "claim {} of {}: the text at start {cp} is not {:?}",
                            k + 1,
                            raw.id,
                            c.text
                        )));
                    }
                    at
                }
                None => {
                    let found = raw.text.get(from..).and_then(|rest| rest.find(&c.text));
                    from + found.ok_or_else(|| {
                        error(format!(
                            "claim {} of {}: {:?} does not occur after the claim before it",
                            k + 1,
                            raw.id,
                            c.text
                        ))
                    })?
                }
            };
            let span = Span::new(start, start + c.text.len());
            from = span.end;
            claims.push(GoldClaim {
                span,
                text: c.text,
                payload: c.payload,
            });
        }
        out.push(GoldDoc {
            id: raw.id,
            text: raw.text,
            published: raw.published,
            claims,
            tags: raw.tags,
        });
    }
    if out.is_empty() {
        return Err(EvalError::Empty(file.to_path_buf()));
    }
    Ok(out)
}

/// Read a gold file.
pub fn read_gold(file: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let content = std::fs::read_to_string(file).map_err(|source| EvalError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    parse_gold(file, &content)
}

/// The byte offset of code point `cp` of `text` (its length for `cp` at the end).
fn byte_offset(text: &str, cp: usize) -> Option<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(cp)
}

/// True when every field of `gold` is equal in `system`: objects field by field (the
/// system may have more), arrays item by item, numbers by value.
fn payload_agrees(gold: &Value, system: &Value) -> bool {
    match (gold, system) {
        (Value::Object(g), Value::Object(s)) => g
            .iter()
            .all(|(k, gv)| s.get(k).is_some_and(|sv| payload_agrees(gv, sv))),
        (Value::Array(g), Value::Array(s)) => {
            g.len() == s.len() && g.iter().zip(s).all(|(a, b)| payload_agrees(a, b))
        }
        (Value::Number(g), Value::Number(s)) => g.as_f64() == s.as_f64(),
        _ => gold == system,
    }
}

/// A system claim reduced to what the scorer compares.
struct SystemClaim {
    span: Span,
    text: String,
    payload: Value,
}

/// The system's claims of `kind`, with their payloads as the output format writes them,
/// in text order.
fn system_claims(claims: &[Claim], kind: &str) -> Vec<SystemClaim> {
    let mut out: Vec<SystemClaim> = claims
        .iter()
        .filter(|c| c.kind() == kind)
        .map(|c| SystemClaim {
            span: c.span,
            text: c.text.clone(),
            payload: serde_json::to_value(c)
                .ok()
                .and_then(|mut v| v.get_mut("payload").map(Value::take))
                .unwrap_or(Value::Null),
        })
        .collect();
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// Score one document's system claims against its gold claims; errors are appended to
/// `errors` in text order.
fn score_document(doc: &GoldDoc, system: &[SystemClaim], errors: &mut Vec<ClaimError>) -> Counts {
    let mut c = Counts {
        documents: 1,
        gold: doc.claims.len(),
        system: system.len(),
        ..Counts::default()
    };
    let (taken, used) = match_spans(
        &doc.claims.iter().map(|g| g.span).collect::<Vec<_>>(),
        &system.iter().map(|s| s.span).collect::<Vec<_>>(),
    );
    let mut local: Vec<(usize, ClaimError)> = Vec::new();
    let error = |kind, gold: Option<&GoldClaim>, sys: Option<&SystemClaim>| ClaimError {
        kind,
        doc: doc.id.clone(),
        gold: gold.map(|g| (g.text.clone(), Value::Object(g.payload.clone()))),
        system: sys.map(|s| (s.text.clone(), s.payload.clone())),
    };
    for (g, pick) in doc.claims.iter().zip(taken) {
        let Some(si) = pick else {
            local.push((g.span.start, error(ErrorKind::Missed, Some(g), None)));
            continue;
        };
        let s = &system[si];
        c.relaxed += 1;
        let strict = s.span == g.span;
        let payload = payload_agrees(&Value::Object(g.payload.clone()), &s.payload);
        c.strict += usize::from(strict);
        c.payload += usize::from(payload);
        if !payload {
            local.push((
                g.span.start,
                error(ErrorKind::WrongPayload, Some(g), Some(s)),
            ));
        } else if !strict {
            local.push((
                g.span.start,
                error(ErrorKind::WrongExtent, Some(g), Some(s)),
            ));
        }
    }
    for (si, s) in system.iter().enumerate() {
        if !used[si] {
            local.push((s.span.start, error(ErrorKind::Spurious, None, Some(s))));
        }
    }
    local.sort_by_key(|(at, _)| *at);
    errors.extend(local.into_iter().map(|(_, e)| e));
    c
}

/// The document an extractor sees for a gold document: segmented as the host does.
pub fn document_of(g: &GoldDoc) -> Document {
    let mut doc = Document::from_text(g.id.clone(), g.text.clone());
    doc.published = g.published;
    dateline_host::segment::segment_document(&mut doc);
    doc
}

/// Score the claims of `kind` that `extract` makes on the gold file.
pub fn evaluate_claims(
    file: &Path,
    kind: &str,
    extract: ExtractFn,
) -> Result<ClaimsReport, EvalError> {
    let docs = read_gold(file)?;
    let mut report = ClaimsReport {
        kind: kind.to_owned(),
        total: Counts::default(),
        scores: Counts::default().scores(),
        by_tag: BTreeMap::new(),
        failures: Vec::new(),
        error_list: Vec::new(),
    };
    for g in &docs {
        let system = match extract(&document_of(g)) {
            Ok(claims) => system_claims(&claims, kind),
            Err(msg) => {
                report.failures.push((g.id.clone(), msg));
                Vec::new()
            }
        };
        let c = score_document(g, &system, &mut report.error_list);
        report.total.add(&c);
        for tag in &g.tags {
            report.by_tag.entry(tag.clone()).or_default().add(&c);
        }
    }
    report.scores = report.total.scores();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::Payload;
    use dateline_plugin::serde_json::json;

    fn gold(lines: &[&str]) -> Result<Vec<GoldDoc>, EvalError> {
        parse_gold(Path::new("gold.jsonl"), &lines.join("\n"))
    }

    /// A fake extractor: every `$N` is a `money` claim of N dollars, and every `#N` one
    /// of N dollars that reads its amount wrong (N + 1).
    fn fake(doc: &Document) -> Result<Vec<Claim>, String> {
        if doc.text.contains("explode") {
            return Err("cannot read this one".into());
        }
        let mut out = Vec::new();
        for (at, sign) in doc.text.match_indices(['$', '#']) {
            let digits = doc.text[at + 1..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(doc.text.len(), |k| at + 1 + k);
            let n: f64 = doc.text[at + 1..digits].parse().map_err(|_| "no number")?;
            let amount = if sign == "#" { n + 1.0 } else { n };
            let payload = Payload::other("money", json!({ "currency": "USD", "amount": amount }));
            out.push(Claim::new(doc, Span::new(at, digits), payload));
        }
        Ok(out)
    }

    #[test]
    fn gold_claims_are_placed_in_text_order_or_at_their_start() {
        let docs = gold(&[
            r#"{"id": "a", "text": "Café $5 then $5 again", "claims": [{"text": "$5"}, {"text": "$5", "payload": {"amount": 5}}]}"#,
            r#"{"id": "b", "text": "Café $5 then $5 again", "claims": [{"text": "$5", "start": 13}]}"#,
        ])
        .unwrap();
        // "Café" is five bytes and four code points.
        assert_eq!(docs[0].claims[0].span, Span::new(6, 8));
        assert_eq!(docs[0].claims[1].span, Span::new(14, 16));
        assert_eq!(docs[0].claims[1].payload["amount"], json!(5));
        assert_eq!(docs[1].claims[0].span, Span::new(14, 16));
    }

    #[test]
    fn gold_that_does_not_fit_its_text_is_refused_with_its_line() {
        let cases = [
            (
                r#"{"id": "a", "text": "no money", "claims": [{"text": "$5"}]}"#,
                "does not occur",
            ),
            (
                r#"{"id": "a", "text": "$5", "claims": [{"text": "$5", "start": 1}]}"#,
                "is not",
            ),
            (
                r#"{"id": "a", "text": "$5", "claims": [{"text": "$5", "start": 9}]}"#,
                "past the end",
            ),
            (
                r#"{"id": "a", "text": "$5", "claims": [{"txt": "$5"}]}"#,
                "unknown field",
            ),
        ];
        for (line, want) in cases {
            let err = gold(&["", line]).unwrap_err().to_string();
            assert!(err.starts_with("gold.jsonl:2: "), "{err}");
            assert!(err.contains(want), "{err}");
        }
        assert!(matches!(gold(&[""]), Err(EvalError::Empty(_))));
    }

    #[test]
    fn payloads_agree_on_the_fields_the_gold_gives() {
        let system = json!({"currency": "EUR", "amount": 40000000.0, "when": {"y": 2025, "m": 3}});
        assert!(payload_agrees(&json!({}), &system));
        assert!(payload_agrees(&json!({"amount": 40000000}), &system));
        assert!(payload_agrees(&json!({"when": {"m": 3}}), &system));
        assert!(!payload_agrees(&json!({"currency": "USD"}), &system));
        assert!(!payload_agrees(&json!({"rate": 1}), &system));
        assert!(!payload_agrees(&json!({"when": {"m": 4}}), &system));
        assert!(payload_agrees(
            &json!({"a": [1, 2]}),
            &json!({"a": [1.0, 2]})
        ));
        assert!(!payload_agrees(&json!({"a": [1]}), &json!({"a": [1, 2]})));
    }

    /// A case worked out by hand. Gold: `$10` (right), `$20` (the system reads `$2`, a
    /// wrong extent with a wrong amount), `#30` (right extent, wrong amount), `40
    /// dollars` (missed). System: `$10`, `$2`, `#30`, and `$9` in a hard negative
    /// (spurious). Relaxed 3, strict 2, payload 1, gold 4, system 4: relaxed P = R = F1
    /// = 0.75, strict F1 = 0.5, payload accuracy 1/3, payload F1 = 0.25.
    #[test]
    fn scorer_matches_a_hand_computed_case() {
        let dir = std::env::temp_dir().join(format!("dateline-claims-gold-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("gold.jsonl");
        let lines = [
            r##"{"id": "a", "text": "Pay $10 and $2 0, then #30 and 40 dollars.", "tags": ["mixed"], "claims": [{"text": "$10", "payload": {"amount": 10}}, {"text": "$2 0", "payload": {"amount": 20}}, {"text": "#30", "payload": {"amount": 30}}, {"text": "40 dollars", "payload": {"amount": 40}}]}"##,
            r#"{"id": "b", "text": "Room $9 is a number, not a price.", "tags": ["negative"]}"#,
            r#"{"id": "c", "text": "This one makes the extractor explode.", "tags": ["negative"]}"#,
        ];
        std::fs::write(&file, lines.join("\n")).unwrap();
        let report = evaluate_claims(&file, "money", &fake).unwrap();
        // Claims of another kind than the one scored are not counted.
        let other = evaluate_claims(&file, "rate", &fake).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!((other.total.gold, other.total.system), (4, 0));
        let c = report.total;
        assert_eq!(
            (
                c.documents,
                c.gold,
                c.system,
                c.relaxed,
                c.strict,
                c.payload
            ),
            (3, 4, 4, 3, 2, 1)
        );
        let s = report.scores;
        assert!((s.relaxed_f1 - 0.75).abs() < 1e-12);
        assert!((s.strict_f1 - 0.5).abs() < 1e-12);
        assert!((s.payload_accuracy - 1.0 / 3.0).abs() < 1e-12);
        assert!((s.payload_f1 - 0.25).abs() < 1e-12);
        let kinds: Vec<ErrorKind> = report.error_list.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                ErrorKind::WrongPayload,
                ErrorKind::WrongPayload,
                ErrorKind::Missed,
                ErrorKind::Spurious
            ]
        );
        assert_eq!(report.by_tag["negative"].system, 1);
        assert_eq!(report.by_tag["mixed"].relaxed, 3);
        assert_eq!(
            report.failures,
            [("c".to_owned(), "cannot read this one".to_owned())]
        );
        let absent = evaluate_claims(&dir.join("absent.jsonl"), "money", &fake);
        assert!(matches!(absent, Err(EvalError::Io { .. })));
    }
}
