//! Evaluation of a quotes plugin against PolNeAR attributions (Newell et al. 2018).
//!
//! [`evaluate_polnear`] reads the PolNeAR JSON Lines (one document per line:
//! `{id, text, attributions: [{content, source, cue, direct, …}]}`, offsets in Unicode
//! code points, converted here to bytes), runs the extractor on each text and compares
//! its `quote` claims with the gold attributions, twice: on direct quotes only and on all
//! attributions.
//!
//! Definitions:
//!
//! - **Content.** An attribution's content is the union of its pieces (a quote split
//!   around its cue, `"A," she said, "B."`, is one attribution with two pieces). Both sides
//!   are compared as the *set of alphanumeric characters* their pieces cover, so quotation
//!   marks, white space and punctuation at the edges do not count (PolNeAR keeps the marks
//!   and the comma inside `"A,"`; the plugin reports the words without them), and neither
//!   does a leading complementiser `that` (PolNeAR includes it in indirect content, the
//!   plugin does not).
//! - **Overlap match.** A predicted quote matches a gold one when their content sets
//!   intersect. Matching is one-to-one: pairs are taken greedily by the size of the
//!   intersection, largest first. P = matches / predicted, R = matches / gold.
//! - **Exact extent.** A match is exact when the two content sets are equal; exact F1 uses
//!   exact matches in place of matches.
//! - **Speaker.** A matched quote has the right speaker when the predicted speaker span
//!   overlaps the gold source span, or when the speaker resolved by the plugin is *the same
//!   entity* as the gold source: the resolved name's last word (a surname such as `Trump`,
//!   or an organisation's last word) occurs as a word of the gold source text, not as a
//!   possessive (`Ruiz's press secretary` is not Ruiz) and not after another first
//!   name (`Luis Ruiz` is not `Ana Ruiz`; a title such as `Sen.` may stand
//!   there). A pronoun as gold source counts only through span overlap. A gold
//!   attribution without a source is right only when the plugin gives no speaker either.
//!   Speaker accuracy = right speakers / matches.
//! - **End-to-end.** A match with the right speaker; end-to-end F1 uses those in place of
//!   matches.
//! - **Direct quotes** are, on the gold side, the attributions PolNeAR marks `direct`
//!   (the content contains a double quotation mark, so mixed quotes such as
//!   `that the plan's "costs" were "badly understated"` are direct), and on the system side
//!   the claims of kind `direct` or `partial` that pass the same test: a `"`, `“` or `”`
//!   in or right around their pieces. PolNeAR's flag does not count NYT-style
//!   ``` `` '' ``` marks, so neither side counts those quotes as direct; they are scored
//!   with all attributions.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use dateline_plugin::{Claim, Document, QuoteKind, Span};
use serde::{Deserialize, Serialize};

use crate::{EvalError, ExtractFn, f1, ratio};

/// One gold attribution, with byte spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldAttribution {
    /// The content pieces.
    pub content: Vec<Span>,
    /// The source (speaker) spans; empty when the attribution has no source.
    pub source: Vec<Span>,
    /// The cue spans.
    pub cue: Vec<Span>,
    /// True when the content contains a double quotation mark.
    pub direct: bool,
}

/// One PolNeAR document with its gold attributions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolnearDoc {
    /// The document id.
    pub id: String,
    /// The text.
    pub text: String,
    /// Gold attributions, byte offsets.
    pub attributions: Vec<GoldAttribution>,
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    text: String,
    #[serde(default)]
    attributions: Vec<RawAttribution>,
}

#[derive(Deserialize)]
struct RawAttribution {
    content: Vec<[usize; 2]>,
    #[serde(default)]
    source: Vec<[usize; 2]>,
    #[serde(default)]
    cue: Vec<[usize; 2]>,
    #[serde(default)]
    direct: bool,
}

/// Counts behind the figures of one group of quotes. All figures derive from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold attributions.
    pub gold: usize,
    /// Predicted quotes.
    pub system: usize,
    /// One-to-one overlap matches.
    pub matched: usize,
    /// Matches with identical extent.
    pub exact: usize,
    /// Matches with the right speaker.
    pub speaker: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.exact += o.exact;
        self.speaker += o.speaker;
    }

    /// The figures computed from the counts.
    pub fn scores(&self) -> Scores {
        // F1 of `a` matches of some sort, over the same predictions and gold.
        let f1_of = |a: usize| f1(ratio(a, self.system), ratio(a, self.gold));
        Scores {
            precision: ratio(self.matched, self.system),
            recall: ratio(self.matched, self.gold),
            f1: f1_of(self.matched),
            exact_f1: f1_of(self.exact),
            speaker_accuracy: ratio(self.speaker, self.matched),
            end_to_end_f1: f1_of(self.speaker),
        }
    }
}

/// The figures of one group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    /// Overlap precision.
    pub precision: f64,
    /// Overlap recall.
    pub recall: f64,
    /// Overlap F1.
    pub f1: f64,
    /// Exact-extent F1.
    pub exact_f1: f64,
    /// Share of matches with the right speaker.
    pub speaker_accuracy: f64,
    /// F1 of matches with the right speaker.
    pub end_to_end_f1: f64,
}

/// What went wrong with one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold attribution no prediction matched.
    Missed,
    /// A prediction that matched no gold attribution.
    Spurious,
    /// A match whose speaker is wrong.
    Speaker,
    /// A match whose extent differs from the gold one.
    Extent,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::Speaker => "speaker",
            ErrorKind::Extent => "extent",
        })
    }
}

/// One error, for reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The document.
    pub doc: String,
    /// True for a direct quote (gold or system side, whichever the error is about).
    pub direct: bool,
    /// The content (pieces joined by ` | `).
    pub content: String,
    /// The gold source, when there is one.
    pub gold_speaker: Option<String>,
    /// The predicted speaker (as written, then resolved), when there is one.
    pub system_speaker: Option<String>,
    /// The predicted content, for extent errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_content: Option<String>,
}

/// The result of scoring the quotes plugin on PolNeAR.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotesReport {
    /// Documents scored.
    pub documents: usize,
    /// Documents on which the extractor failed (scored as predicting nothing).
    pub failed: usize,
    /// Direct quotes only.
    pub direct: Counts,
    /// All attributions.
    pub all: Counts,
    /// Every error of the direct-quote scoring, in document order.
    pub direct_errors: Vec<QuoteError>,
    /// Every error of the all-attribution scoring, in document order.
    pub errors: Vec<QuoteError>,
}

impl QuotesReport {
    /// Up to `n` errors of each kind, for reading: first those of the direct-quote
    /// scoring, then those of the all-attribution scoring.
    pub fn errors(&self, n: usize) -> String {
        let mut out = String::new();
        for (group, errors) in [("direct", &self.direct_errors), ("all", &self.errors)] {
            for kind in [
                ErrorKind::Missed,
                ErrorKind::Spurious,
                ErrorKind::Speaker,
                ErrorKind::Extent,
            ] {
                Self::list(&mut out, group, kind, errors, n);
            }
        }
        out
    }

    fn list(out: &mut String, group: &str, kind: ErrorKind, errors: &[QuoteError], n: usize) {
        {
            let all: Vec<&QuoteError> = errors.iter().filter(|e| e.kind == kind).collect();
            out.push_str(&format!("== {group} {kind} ({} in all)\n", all.len()));
            for e in all.iter().take(n) {
                let d = if e.direct { "direct" } else { "other" };
                out.push_str(&format!("{} [{d}] {}\n", e.doc, e.content));
                if let Some(c) = &e.system_content {
                    out.push_str(&format!("    system: {c}\n"));
                } else if e.gold_speaker.is_some() || e.system_speaker.is_some() {
                    out.push_str(&format!(
                        "    gold speaker: {}; system speaker: {}\n",
                        e.gold_speaker.as_deref().unwrap_or("-"),
                        e.system_speaker.as_deref().unwrap_or("-")
                    ));
                }
            }
        }
    }
}

impl fmt::Display for QuotesReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PolNeAR attributions: {} documents{}",
            self.documents,
            if self.failed > 0 {
                format!(", {} failed", self.failed)
            } else {
                String::new()
            }
        )?;
        writeln!(
            f,
            "{:<18} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8}",
            "", "gold", "system", "P", "R", "F1", "exact F1", "speaker", "e2e F1"
        )?;
        for (name, c) in [
            ("direct quotes", &self.direct),
            ("all attributions", &self.all),
        ] {
            let s = c.scores();
            writeln!(
                f,
                "{:<18} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>8.3} {:>8.3}",
                name,
                c.gold,
                c.system,
                s.precision,
                s.recall,
                s.f1,
                s.exact_f1,
                s.speaker_accuracy,
                s.end_to_end_f1
            )?;
        }
        Ok(())
    }
}

/// Reads a PolNeAR JSON Lines file, converting code-point offsets to byte offsets.
pub fn read_polnear(file: &Path) -> Result<Vec<PolnearDoc>, EvalError> {
    let body = std::fs::read_to_string(file).map_err(|source| EvalError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    let mut docs = Vec::new();
    for (i, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parse = |message: String| EvalError::Parse {
            path: file.to_path_buf(),
            line: i + 1,
            message,
        };
        let raw: RawDoc = serde_json::from_str(line).map_err(|e| parse(e.to_string()))?;
        // Byte offset of every code point, plus the end.
        let mut bytes: Vec<usize> = raw.text.char_indices().map(|(b, _)| b).collect();
        bytes.push(raw.text.len());
        let conv = |spans: &[[usize; 2]]| -> Result<Vec<Span>, EvalError> {
            spans
                .iter()
                .map(|&[s, e]| match (bytes.get(s), bytes.get(e)) {
                    (Some(&s), Some(&e)) if s <= e => Ok(Span::new(s, e)),
                    _ => Err(parse(format!("span [{s}, {e}] is outside the text"))),
                })
                .collect()
        };
        let mut attributions = Vec::new();
        for a in &raw.attributions {
            attributions.push(GoldAttribution {
                content: conv(&a.content)?,
                source: conv(&a.source)?,
                cue: conv(&a.cue)?,
                direct: a.direct,
            });
        }
        docs.push(PolnearDoc {
            id: raw.id,
            text: raw.text,
            attributions,
        });
    }
    if docs.is_empty() {
        return Err(EvalError::Empty(file.to_path_buf()));
    }
    Ok(docs)
}

/// The document the extractor sees: the text, segmented by the host.
pub fn document_of(d: &PolnearDoc) -> Document {
    let mut doc = Document::from_text(d.id.clone(), d.text.clone());
    dateline_host::segment::segment_document(&mut doc);
    doc
}

/// A quote reduced to what the scorer compares.
struct Item {
    /// Byte offsets of the alphanumeric characters the content covers.
    chars: Vec<usize>,
    direct: bool,
    content: String,
    /// Spans of the speaker: gold source spans, or the predicted speaker span.
    speaker: Vec<Span>,
    /// The predicted resolved speaker's text.
    resolved: Option<String>,
    speaker_text: Option<String>,
}

/// The alphanumeric characters under `pieces`, without a leading `that`.
fn content_chars(text: &str, pieces: &[Span]) -> Vec<usize> {
    let mut set = BTreeSet::new();
    for p in pieces {
        let Some(s) = p.slice(text) else { continue };
        for (i, c) in s.char_indices() {
            if c.is_alphanumeric() {
                set.insert(p.start + i);
            }
        }
    }
    let mut chars: Vec<usize> = set.into_iter().collect();
    // Drop a leading complementiser `that`: both conventions name the same clause.
    if chars.len() > 4 {
        let first = chars[0];
        let word: String = text[first..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if word.eq_ignore_ascii_case("that") && chars[3] == first + 3 {
            chars.drain(..4);
        }
    }
    chars
}

fn joined(text: &str, pieces: &[Span]) -> String {
    pieces
        .iter()
        .map(|p| p.slice(text).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn gold_items(d: &PolnearDoc) -> Vec<Item> {
    d.attributions
        .iter()
        .map(|a| Item {
            chars: content_chars(&d.text, &a.content),
            direct: a.direct,
            content: joined(&d.text, &a.content),
            speaker: a.source.clone(),
            resolved: None,
            speaker_text: (!a.source.is_empty()).then(|| joined(&d.text, &a.source)),
        })
        .filter(|i| !i.chars.is_empty())
        .collect()
}

fn system_items(text: &str, claims: &[Claim]) -> Vec<Item> {
    claims
        .iter()
        .filter_map(|c| c.payload.as_quote())
        .map(|q| Item {
            chars: content_chars(text, &q.pieces),
            direct: matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial)
                && has_double_mark(text, &q.pieces),
            content: joined(text, &q.pieces),
            speaker: q.speaker_span.into_iter().collect(),
            resolved: q.speaker_resolved.clone(),
            speaker_text: match (&q.speaker, &q.speaker_resolved) {
                (Some(s), Some(r)) if s != r => Some(format!("{s} → {r}")),
                (Some(s), _) => Some(s.clone()),
                _ => None,
            },
        })
        .filter(|i| !i.chars.is_empty())
        .collect()
}

/// True when a double quotation mark (`"`, `“`, `”`) lies in the pieces or just around
/// them: the test PolNeAR's `direct` flag applies to its gold content.
fn has_double_mark(text: &str, pieces: &[Span]) -> bool {
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    let start = dateline_plugin::text::floor_boundary(text, first.start.saturating_sub(4));
    let end = dateline_plugin::text::ceil_boundary(text, last.end + 4);
    text[start..end].contains(['"', '“', '”'])
}

fn intersection(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// True when the predicted speaker is the gold source (see the module docs).
fn speaker_right(text: &str, gold: &Item, sys: &Item) -> bool {
    if gold.speaker.is_empty() {
        return sys.speaker.is_empty();
    }
    if sys
        .speaker
        .iter()
        .any(|s| gold.speaker.iter().any(|g| g.overlaps(*s)))
    {
        return true;
    }
    let Some(resolved) = &sys.resolved else {
        return false;
    };
    let Some(last) = resolved.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_end_matches("’s").trim_end_matches("'s");
    // The resolved name's first name, when it has one (`Ana` of `Ana Ruiz`).
    let words: Vec<&str> = resolved.split_whitespace().collect();
    let first = (words.len() >= 2).then(|| words[words.len() - 2]);
    gold.speaker.iter().any(|g| {
        g.slice(text).is_some_and(|s| {
            let ws: Vec<&str> = s.split_whitespace().collect();
            ws.iter().enumerate().any(|(k, raw)| {
                // A possessive names someone else (`Ruiz's press secretary` is not
                // Ruiz).
                if raw.ends_with("’s") || raw.ends_with("'s") || raw.ends_with('’') {
                    return false;
                }
                let w = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'));
                if w != last && w.trim_end_matches('s') != last {
                    return false;
                }
                // Another first name before the same surname is another person (`Luis
                // Ruiz` is not `Ana Ruiz`); a title is not a first name.
                let before = k
                    .checked_sub(1)
                    .map(|j| ws[j].trim_matches(|c: char| !c.is_alphanumeric()));
                match (before, first) {
                    (Some(b), Some(f))
                        if b.starts_with(char::is_uppercase)
                            && f.starts_with(char::is_uppercase)
                            && !is_title(b)
                            && !is_title(f) =>
                    {
                        b == f
                    }
                    _ => true,
                }
            })
        })
    })
}

/// Titles and roles that stand before a surname without being a first name.
fn is_title(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Gov"
            | "Governor"
            | "President"
            | "Secretary"
            | "Judge"
            | "Justice"
            | "Director"
            | "Chairman"
            | "Chairwoman"
            | "Speaker"
            | "Leader"
            | "Gen"
            | "General"
            | "Former"
            | "Candidate"
            | "Mayor"
            | "Minister"
            | "Pastor"
            | "Rev"
            | "Lt"
            | "Col"
            | "Adm"
            | "Vice"
            | "Attorney"
            | "Democrat"
            | "Republican"
            | "Democratic"
    ) || w.len() <= 1
}

/// Scores one document; `only_direct` restricts both sides to direct quotes.
fn score(
    d: &PolnearDoc,
    gold: &[Item],
    sys: &[Item],
    only_direct: bool,
    errors: Option<&mut Vec<QuoteError>>,
) -> Counts {
    let g: Vec<&Item> = gold.iter().filter(|i| !only_direct || i.direct).collect();
    let s: Vec<&Item> = sys.iter().filter(|i| !only_direct || i.direct).collect();
    let mut pairs = Vec::new();
    for (gi, gold) in g.iter().enumerate() {
        for (si, sys) in s.iter().enumerate() {
            let n = intersection(&gold.chars, &sys.chars);
            if n > 0 {
                pairs.push((std::cmp::Reverse(n), gi, si));
            }
        }
    }
    pairs.sort();
    let mut gold_used = vec![None; g.len()];
    let mut sys_used = vec![false; s.len()];
    for (_, gi, si) in pairs {
        if gold_used[gi].is_none() && !sys_used[si] {
            gold_used[gi] = Some(si);
            sys_used[si] = true;
        }
    }
    let mut c = Counts {
        gold: g.len(),
        system: s.len(),
        ..Counts::default()
    };
    let mut errs = Vec::new();
    for (gi, m) in gold_used.iter().enumerate() {
        let gold = g[gi];
        let Some(si) = *m else {
            errs.push(QuoteError {
                kind: ErrorKind::Missed,
                doc: d.id.clone(),
                direct: gold.direct,
                content: gold.content.clone(),
                gold_speaker: gold.speaker_text.clone(),
                system_speaker: None,
                system_content: None,
            });
            continue;
        };
        let sys = s[si];
        c.matched += 1;
        if gold.chars == sys.chars {
            c.exact += 1;
        } else {
            errs.push(QuoteError {
                kind: ErrorKind::Extent,
                doc: d.id.clone(),
                direct: gold.direct,
                content: gold.content.clone(),
                gold_speaker: None,
                system_speaker: None,
                system_content: Some(sys.content.clone()),
            });
        }
        if speaker_right(&d.text, gold, sys) {
            c.speaker += 1;
        } else {
            errs.push(QuoteError {
                kind: ErrorKind::Speaker,
                doc: d.id.clone(),
                direct: gold.direct,
                content: gold.content.clone(),
                gold_speaker: gold.speaker_text.clone(),
                system_speaker: sys.speaker_text.clone(),
                system_content: None,
            });
        }
    }
    for (si, used) in sys_used.iter().enumerate() {
        if !used {
            errs.push(QuoteError {
                kind: ErrorKind::Spurious,
                doc: d.id.clone(),
                direct: s[si].direct,
                content: s[si].content.clone(),
                gold_speaker: None,
                system_speaker: s[si].speaker_text.clone(),
                system_content: None,
            });
        }
    }
    if let Some(errors) = errors {
        errors.extend(errs);
    }
    c
}

/// Scores `extract` on a PolNeAR JSON Lines file.
pub fn evaluate_polnear(file: &Path, extract: ExtractFn) -> Result<QuotesReport, EvalError> {
    let docs = read_polnear(file)?;
    let mut report = QuotesReport {
        documents: docs.len(),
        failed: 0,
        direct: Counts::default(),
        all: Counts::default(),
        direct_errors: Vec::new(),
        errors: Vec::new(),
    };
    for d in &docs {
        let doc = document_of(d);
        let claims = match extract(&doc) {
            Ok(c) => c,
            Err(_) => {
                report.failed += 1;
                Vec::new()
            }
        };
        let gold = gold_items(d);
        let sys = system_items(&d.text, &claims);
        report.direct.add(&score(
            d,
            &gold,
            &sys,
            true,
            Some(&mut report.direct_errors),
        ));
        report
            .all
            .add(&score(d, &gold, &sys, false, Some(&mut report.errors)));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ignores_marks_punctuation_and_that() {
        let t = "He said that “we go,” now.";
        let a = content_chars(t, &[Span::new(8, t.len())]);
        let start = t.find("we").unwrap();
        let b = content_chars(t, &[Span::new(start, start + 5)]);
        assert_eq!(a.len(), 2 + 2 + 3);
        assert!(b.iter().all(|x| a.contains(x)));
    }

    #[test]
    fn scores_one_document() {
        let text = "“We go,” Ames said. Rain fell, officials said.".to_string();
        let d = PolnearDoc {
            id: "d".into(),
            text: text.clone(),
            attributions: vec![GoldAttribution {
                content: vec![Span::new(0, text.find(" Ames").unwrap())],
                source: vec![Span::new(
                    text.find("Ames").unwrap(),
                    text.find(" said").unwrap(),
                )],
                cue: vec![],
                direct: true,
            }],
        };
        let gold = gold_items(&d);
        let sys = vec![
            Item {
                chars: content_chars(&text, &[Span::new(3, 8)]),
                direct: true,
                content: "We go".into(),
                speaker: vec![Span::new(
                    text.find("Ames").unwrap(),
                    text.find(" said").unwrap(),
                )],
                resolved: None,
                speaker_text: None,
            },
            Item {
                chars: content_chars(&text, &[Span::new(20, 29)]),
                direct: false,
                content: "Rain fell".into(),
                speaker: vec![],
                resolved: None,
                speaker_text: None,
            },
        ];
        let mut errs = Vec::new();
        let c = score(&d, &gold, &sys, false, Some(&mut errs));
        assert_eq!(
            (c.gold, c.system, c.matched, c.exact, c.speaker),
            (1, 2, 1, 1, 1)
        );
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].kind, ErrorKind::Spurious);
        let direct = score(&d, &gold, &sys, true, None);
        assert_eq!(direct.scores().f1, 1.0);
    }

    #[test]
    fn a_resolved_speaker_must_be_the_same_entity() {
        // (gold source, resolved speaker, right?)
        let cases = [
            ("Sen. Ana Ruiz", "Ana Ruiz", true),
            ("Ruiz", "Ana Ruiz", true),
            ("former Mayor Luis Ruiz", "Ana Ruiz", false),
            ("Ruiz's press secretary", "Ana Ruiz", false),
            ("Sean O'Hara", "O'Hara", true),
            ("he", "Ana Ruiz", false),
            ("the campaign", "Ana Ruiz", false),
        ];
        for (source, resolved, want) in cases {
            let text = format!("{source} said it.");
            let gold = Item {
                chars: vec![],
                direct: true,
                content: String::new(),
                speaker: vec![Span::new(0, source.len())],
                resolved: None,
                speaker_text: None,
            };
            let sys = Item {
                chars: vec![],
                direct: true,
                content: String::new(),
                speaker: vec![Span::new(text.len() - 1, text.len())],
                resolved: Some(resolved.into()),
                speaker_text: None,
            };
            assert_eq!(
                speaker_right(&text, &gold, &sys),
                want,
                "{source} / {resolved}"
            );
        }
    }
}
