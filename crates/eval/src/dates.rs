//! Evaluation of a dates plugin against TimeML (TempEval-3 Task A).
//!
//! [`evaluate_timeml`] reads every `.tml` file under a folder, runs the extractor on the
//! text of each `<TEXT>` element with the document creation time (DCT) as the
//! document's `published` date, and compares the system's `time` claims with the gold
//! TIMEX3 tags by the TempEval-3 rules (UzZaman et al. 2013):
//!
//! - a system timex matches a gold one *relaxed* when their extents overlap (each gold
//!   timex matches at most one system timex and the other way round), and *strict* when
//!   the extents are identical;
//! - precision and recall are micro-averaged over all documents;
//! - value (type) accuracy is the share of relaxed matches with the identical value
//!   (type) string, and value F1 = relaxed F1 × value accuracy (type F1 likewise).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline_plugin::{Claim, Document, Span};
use serde::Serialize;

use crate::{EvalError, ExtractFn, f1, match_spans, ratio};

/// One TIMEX3, gold or predicted, reduced to what the scorer compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoredTimex {
    /// Byte span in the document text.
    pub span: Span,
    /// The surface text.
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub timex_type: String,
    /// The TIMEX3 value.
    pub value: String,
}

/// Counts behind the figures of one group of documents. All figures derive from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents scored.
    pub documents: usize,
    /// Gold timexes.
    pub gold: usize,
    /// System timexes.
    pub system: usize,
    /// Relaxed (overlapping, one-to-one) matches.
    pub relaxed: usize,
    /// Strict (identical extent) matches.
    pub strict: usize,
    /// Relaxed matches with the identical value.
    pub value: usize,
    /// Relaxed matches with the identical type.
    pub typ: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.value += o.value;
        self.typ += o.typ;
    }

    /// The figures computed from the counts.
    pub fn scores(&self) -> Scores {
        let strict_p = ratio(self.strict, self.system);
        let strict_r = ratio(self.strict, self.gold);
        let relaxed_p = ratio(self.relaxed, self.system);
        let relaxed_r = ratio(self.relaxed, self.gold);
        let relaxed_f1 = f1(relaxed_p, relaxed_r);
        let value_accuracy = ratio(self.value, self.relaxed);
        let type_accuracy = ratio(self.typ, self.relaxed);
        Scores {
            strict_p,
            strict_r,
            strict_f1: f1(strict_p, strict_r),
            relaxed_p,
            relaxed_r,
            relaxed_f1,
            value_accuracy,
            type_accuracy,
            value_f1: relaxed_f1 * value_accuracy,
            type_f1: relaxed_f1 * type_accuracy,
        }
    }
}

/// TempEval-3 Task A figures, as fractions in [0, 1].
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
    /// Share of relaxed matches with the gold value.
    pub value_accuracy: f64,
    /// Share of relaxed matches with the gold type.
    pub type_accuracy: f64,
    /// Relaxed F1 × value accuracy: the TempEval-3 ranking figure.
    pub value_f1: f64,
    /// Relaxed F1 × type accuracy.
    pub type_f1: f64,
}

/// What went wrong with one timex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold timex no system timex overlaps.
    Missed,
    /// A system timex that overlaps no gold timex.
    Spurious,
    /// Matched, but the value differs.
    WrongValue,
    /// Matched with the right value, but the type differs.
    WrongType,
    /// Matched with the right value and type, but the extent differs.
    WrongExtent,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::WrongValue => "wrong value",
            ErrorKind::WrongType => "wrong type",
            ErrorKind::WrongExtent => "wrong extent",
        })
    }
}

/// One error, with enough context to read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexError {
    /// The kind of error.
    pub kind: ErrorKind,
    /// The document id (path relative to the corpus folder).
    pub doc: String,
    /// The gold timex, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<ScoredTimex>,
    /// The system timex, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<ScoredTimex>,
    /// The surrounding text, on one line.
    pub context: String,
}

/// The result of [`evaluate_timeml`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatesReport {
    /// Counts over all documents.
    pub total: Counts,
    /// Figures over all documents.
    pub scores: Scores,
    /// Counts per top-level subfolder (`TimeBank`, `AQUAINT`; `.` for files directly
    /// in the corpus folder), in name order.
    pub by_folder: BTreeMap<String, Counts>,
    /// Documents the extractor failed on, with its message; they count as finding
    /// nothing.
    pub failures: Vec<(String, String)>,
    /// Every error, in document order then text order.
    #[serde(skip)]
    pub error_list: Vec<TimexError>,
}

impl DatesReport {
    /// Up to `n` errors, one block each, in document order.
    pub fn errors(&self, n: usize) -> String {
        let mut out = String::new();
        for e in self.error_list.iter().take(n) {
            let show = |t: &Option<ScoredTimex>| match t {
                Some(t) => format!("{:?} {} {}", t.text, t.timex_type, t.value),
                None => "-".to_owned(),
            };
            out.push_str(&format!(
                "{}  {}\n  gold:   {}\n  system: {}\n  text:   {}\n",
                e.kind,
                e.doc,
                show(&e.gold),
                show(&e.system),
                e.context
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

impl fmt::Display for DatesReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<10} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6}",
            "corpus",
            "docs",
            "gold",
            "sys",
            "str.P",
            "str.R",
            "str.F1",
            "rel.P",
            "rel.R",
            "rel.F1",
            "val.A",
            "val.F1",
            "typ.A",
            "typ.F1"
        )?;
        let mut rows: Vec<(&str, &Counts)> = self
            .by_folder
            .iter()
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        rows.push(("all", &self.total));
        for (name, c) in rows {
            let s = c.scores();
            let p = |x: f64| format!("{:.1}", 100.0 * x);
            writeln!(
                f,
                "{:<10} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6}",
                name,
                c.documents,
                c.gold,
                c.system,
                p(s.strict_p),
                p(s.strict_r),
                p(s.strict_f1),
                p(s.relaxed_p),
                p(s.relaxed_r),
                p(s.relaxed_f1),
                p(s.value_accuracy),
                p(s.value_f1),
                p(s.type_accuracy),
                p(s.type_f1)
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

/// One TimeML document: its id, DCT, text and gold timexes.
#[derive(Debug, Clone, PartialEq)]
pub struct TimemlDoc {
    /// Path relative to the corpus folder, with `/` separators.
    pub id: String,
    /// The creation time, when the file has one.
    pub dct: Option<NaiveDate>,
    /// The content of `<TEXT>` with the tags removed and entities decoded.
    pub text: String,
    /// The gold TIMEX3s of the text, in order, with byte spans into `text`.
    pub gold: Vec<ScoredTimex>,
}

/// Parse one TimeML file's content. `id` is stored as given.
pub fn parse_timeml(id: &str, xml: &str) -> Result<TimemlDoc, String> {
    let dct = xml.find("<DCT>").and_then(|i| {
        let rest = &xml[i..];
        let end = rest.find("</DCT>")?;
        let dct = &rest[..end];
        let v = attr(dct, "value")?;
        NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
    });
    let start = xml
        .find("<TEXT>")
        .ok_or_else(|| "no <TEXT> element".to_owned())?
        + "<TEXT>".len();
    let end = xml[start..]
        .find("</TEXT>")
        .ok_or_else(|| "<TEXT> is not closed".to_owned())?
        + start;
    let body = &xml[start..end];
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        decode_into(&rest[..lt], &mut text);
        let gt = rest[lt..]
            .find('>')
            .ok_or_else(|| "unclosed tag".to_owned())?
            + lt;
        let tag = &rest[lt + 1..gt];
        if let Some(after) = tag.strip_prefix("TIMEX3") {
            if open.is_some() {
                return Err("nested TIMEX3".to_owned());
            }
            let typ = attr(after, "type").unwrap_or("").to_owned();
            let value = attr(after, "value").unwrap_or("").to_owned();
            open = Some((text.len(), typ, value));
        } else if tag == "/TIMEX3" {
            let (s, typ, value) = open.take().ok_or_else(|| "stray </TIMEX3>".to_owned())?;
            gold.push(ScoredTimex {
                span: Span::new(s, text.len()),
                text: text[s..].to_owned(),
                timex_type: typ,
                value,
            });
        }
        rest = &rest[gt + 1..];
    }
    decode_into(rest, &mut text);
    if open.is_some() {
        return Err("TIMEX3 is not closed".to_owned());
    }
    Ok(TimemlDoc {
        id: id.to_owned(),
        dct,
        text,
        gold,
    })
}

/// The value of attribute `name` in the inside of a tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        let before_ok = at == 0 || tag.as_bytes()[at - 1].is_ascii_whitespace();
        let after = &tag[at + name.len()..];
        if before_ok && let Some(v) = after.strip_prefix("=\"") {
            return v.find('"').map(|e| &v[..e]);
        }
        from = at + name.len();
    }
    None
}

/// Append `s` with the XML entities decoded.
fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let known = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&apos;", "'"),
        ];
        if let Some((ent, ch)) = known.iter().find(|(e, _)| tail.starts_with(e)) {
            out.push_str(ch);
            rest = &tail[ent.len()..];
        } else if let Some(end) = tail.find(';').filter(|&e| e < 10)
            && let Some(c) = numeric_entity(&tail[1..end])
        {
            out.push(c);
            rest = &tail[end + 1..];
        } else {
            out.push('&');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
}

fn numeric_entity(s: &str) -> Option<char> {
    let n = if let Some(h) = s.strip_prefix("#x").or_else(|| s.strip_prefix("#X")) {
        u32::from_str_radix(h, 16).ok()?
    } else {
        s.strip_prefix('#')?.parse().ok()?
    };
    char::from_u32(n)
}

/// The system timexes of a claim list (claims of other kinds are ignored), in order.
pub fn system_timexes(claims: &[Claim]) -> Vec<ScoredTimex> {
    let mut out: Vec<ScoredTimex> = claims
        .iter()
        .filter_map(|c| {
            let t = c.payload.as_time()?;
            let typ = serde_json::to_value(t.timex_type)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            Some(ScoredTimex {
                span: c.span,
                text: c.text.clone(),
                timex_type: typ,
                value: t.value.clone(),
            })
        })
        .collect();
    out.sort_by_key(|t| (t.span.start, t.span.end));
    out
}

/// Score one document's system timexes against its gold ones; errors are appended to
/// `errors` in text order.
pub fn score_document(
    doc_id: &str,
    text: &str,
    gold: &[ScoredTimex],
    system: &[ScoredTimex],
    errors: &mut Vec<TimexError>,
) -> Counts {
    let mut c = Counts {
        documents: 1,
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    // Greedy one-to-one matching in text order: each gold timex takes the first free
    // system timex it overlaps, preferring one with the identical extent.
    let (gold_match, sys_used) = match_spans(
        &gold.iter().map(|g| g.span).collect::<Vec<_>>(),
        &system.iter().map(|s| s.span).collect::<Vec<_>>(),
    );
    let mut local: Vec<(usize, TimexError)> = Vec::new();
    let ctx = |span: Span| context(text, span);
    for (gi, g) in gold.iter().enumerate() {
        match gold_match[gi] {
            None => local.push((
                g.span.start,
                TimexError {
                    kind: ErrorKind::Missed,
                    doc: doc_id.to_owned(),
                    gold: Some(g.clone()),
                    system: None,
                    context: ctx(g.span),
                },
            )),
            Some(si) => {
                let s = &system[si];
                c.relaxed += 1;
                let strict = s.span == g.span;
                let value = s.value == g.value;
                let typ = s.timex_type == g.timex_type;
                c.strict += usize::from(strict);
                c.value += usize::from(value);
                c.typ += usize::from(typ);
                let kind = if !value {
                    Some(ErrorKind::WrongValue)
                } else if !typ {
                    Some(ErrorKind::WrongType)
                } else if !strict {
                    Some(ErrorKind::WrongExtent)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    local.push((
                        g.span.start,
                        TimexError {
                            kind,
                            doc: doc_id.to_owned(),
                            gold: Some(g.clone()),
                            system: Some(s.clone()),
                            context: ctx(g.span),
                        },
                    ));
                }
            }
        }
    }
    for (si, s) in system.iter().enumerate() {
        if !sys_used[si] {
            local.push((
                s.span.start,
                TimexError {
                    kind: ErrorKind::Spurious,
                    doc: doc_id.to_owned(),
                    gold: None,
                    system: Some(s.clone()),
                    context: ctx(s.span),
                },
            ));
        }
    }
    local.sort_by_key(|(at, e)| (*at, e.kind));
    errors.extend(local.into_iter().map(|(_, e)| e));
    c
}

/// About 60 bytes either side of `span`, on one line, with the span in brackets.
fn context(text: &str, span: Span) -> String {
    let lo = dateline_plugin::text::floor_boundary(text, span.start.saturating_sub(60));
    let hi = dateline_plugin::text::ceil_boundary(text, span.end + 60);
    let s = format!(
        "{}[{}]{}",
        &text[lo..span.start],
        &text[span.start..span.end],
        &text[span.end..hi]
    );
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collect `.tml` files under `dir`, recursively, sorted by path.
fn tml_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), EvalError> {
    let io = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            tml_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p);
        }
    }
    Ok(())
}

/// Read every TimeML document under `dir` (recursively, sorted by path).
pub fn read_timeml_dir(dir: &Path) -> Result<Vec<TimemlDoc>, EvalError> {
    let mut files = Vec::new();
    tml_files(dir, &mut files)?;
    if files.is_empty() {
        return Err(EvalError::Empty(dir.to_path_buf()));
    }
    files
        .iter()
        .map(|path| {
            let xml = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
                path: path.clone(),
                source,
            })?;
            let rel = path.strip_prefix(dir).unwrap_or(path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            parse_timeml(&id, &xml).map_err(|message| EvalError::Parse {
                path: path.clone(),
                line: 0,
                message,
            })
        })
        .collect()
}

/// The document an extractor sees for a TimeML file: DCT as `published`, segmented.
pub fn document_of(t: &TimemlDoc) -> Document {
    let mut doc = Document::from_text(t.id.clone(), t.text.clone());
    doc.published = t.dct;
    dateline_host::segment::segment_document(&mut doc);
    doc
}

/// Score `extract` on every `.tml` file under `dir` by the TempEval-3 Task A rules.
pub fn evaluate_timeml(dir: &Path, extract: ExtractFn) -> Result<DatesReport, EvalError> {
    let docs = read_timeml_dir(dir)?;
    let mut total = Counts::default();
    let mut by_folder: BTreeMap<String, Counts> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut error_list = Vec::new();
    for t in &docs {
        let doc = document_of(t);
        let system = match extract(&doc) {
            Ok(claims) => system_timexes(&claims),
            Err(msg) => {
                failures.push((t.id.clone(), msg));
                Vec::new()
            }
        };
        let c = score_document(&t.id, &t.text, &t.gold, &system, &mut error_list);
        total.add(&c);
        let folder = match t.id.split_once('/') {
            Some((first, _)) => first.to_owned(),
            None => ".".to_owned(),
        };
        by_folder.entry(folder).or_default().add(&c);
    }
    Ok(DatesReport {
        total,
        scores: total.scores(),
        by_folder,
        failures,
        error_list,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tx(text: &str, at: &str, typ: &str, value: &str) -> ScoredTimex {
        let start = text.find(at).unwrap();
        ScoredTimex {
            span: Span::new(start, start + at.len()),
            text: at.to_owned(),
            timex_type: typ.to_owned(),
            value: value.to_owned(),
        }
    }

    #[test]
    fn parses_timeml_with_entities_and_byte_offsets() {
        let xml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Caf&#233; &amp; bar <EVENT eid="e1">opened</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#;
        let d = parse_timeml("a/b.tml", xml).unwrap();
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(1998, 1, 8));
        assert_eq!(d.text, "Café & bar opened yesterday.");
        assert_eq!(d.gold.len(), 1);
        assert_eq!(d.gold[0].span.slice(&d.text), Some("yesterday"));
        assert_eq!(d.gold[0].value, "1998-01-07");
    }

    /// A case worked out by hand:
    /// gold = {"last week" P, "Friday" F, "two years" D, "now" N}; system =
    /// {"week" (overlaps "last week", right value), "Friday" (strict, wrong value),
    /// "two years" (strict, right), "Monday" (spurious)}.
    /// Relaxed matches 3, strict 2, system 4, gold 4: relaxed P = R = F1 = 0.75,
    /// strict P = R = F1 = 0.5, value accuracy 2/3, value F1 = 0.5, type accuracy 1.
    #[test]
    fn scorer_matches_a_hand_computed_case() {
        let text = "Sales fell last week and on Friday, for two years now; Monday too.";
        let gold = vec![
            tx(text, "last week", "DATE", "1998-W01"),
            tx(text, "Friday", "DATE", "1998-01-02"),
            tx(text, "two years", "DURATION", "P2Y"),
            tx(text, "now", "DATE", "PRESENT_REF"),
        ];
        let system = vec![
            tx(text, "week", "DATE", "1998-W01"),
            tx(text, "Friday", "DATE", "1998-01-09"),
            tx(text, "two years", "DURATION", "P2Y"),
            tx(text, "Monday", "DATE", "1998-01-05"),
        ];
        let mut errors = Vec::new();
        let c = score_document("d", text, &gold, &system, &mut errors);
        assert_eq!(
            (c.gold, c.system, c.relaxed, c.strict, c.value, c.typ),
            (4, 4, 3, 2, 2, 3)
        );
        let s = c.scores();
        assert!((s.relaxed_f1 - 0.75).abs() < 1e-12);
        assert!((s.strict_f1 - 0.5).abs() < 1e-12);
        assert!((s.value_accuracy - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.value_f1 - 0.5).abs() < 1e-12);
        assert!((s.type_f1 - 0.75).abs() < 1e-12);
        let kinds: Vec<ErrorKind> = errors.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ErrorKind::WrongExtent,
                ErrorKind::WrongValue,
                ErrorKind::Missed,
                ErrorKind::Spurious
            ]
        );
    }

    #[test]
    fn one_system_timex_matches_one_gold_only() {
        let text = "from Monday to Tuesday";
        let gold = vec![
            tx(text, "Monday", "DATE", "a"),
            tx(text, "Tuesday", "DATE", "b"),
        ];
        let system = vec![tx(text, "Monday to Tuesday", "DATE", "a")];
        let mut errors = Vec::new();
        let c = score_document("d", text, &gold, &system, &mut errors);
        assert_eq!((c.relaxed, c.strict, c.value), (1, 0, 1));
    }
}
