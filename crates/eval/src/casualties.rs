//! Evaluation of a casualties plugin against Dateline's casualty gold (JSON Lines).
//!
//! The gold format is documented in `docs/casualty-gold-format.md`: one report per line,
//! `{id, text, published?, claims: [{category, value, role?, …}], totals: {killed,
//! injured, killed_perpetrators?}, negative?, tags?}`. [`evaluate_gold`] segments each
//! text as the host does, runs the extractor, and compares.
//!
//! Definitions:
//!
//! - **Claim match.** A predicted `casualty` claim matches a gold claim when the
//!   category and the coded value (`count.value`) are equal. Matching is one-to-one,
//!   in text order. P = matches / predicted, R = matches / gold, F1 their harmonic mean.
//!   Roles are not part of the match; role accuracy over matches is reported apart.
//! - **Totals.** The predicted per-report totals are read from the extractor's
//!   `casualty_total` claim (`{killed, injured, killed_perpetrators, …}`); without one,
//!   every total is 0. A report's killed (injured) total is right when it equals the gold
//!   figure exactly; accuracy = right / reports.
//! - **Hard negatives.** Reports marked `negative` must produce no casualty claim. The
//!   false-positive rate is the share of them that produce at least one.
//! - **Tags.** Every figure is also broken down by the report's tags (`passive`,
//!   `hard_negative:troops`, …), so a regression points at its pattern family.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use dateline_plugin::{CasualtyCategory, Claim, Document, Payload, Role};
use serde::{Deserialize, Serialize};

use crate::{EvalError, ExtractFn, ratio};

/// One gold claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldClaim {
    /// What happened to the people counted.
    pub category: CasualtyCategory,
    /// The coded value (ACLED/GTD conventions, see the plugin README).
    pub value: u64,
    /// Victims or perpetrators.
    #[serde(default)]
    pub role: Role,
    /// Lowest number the text allows, when the annotator gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    /// Highest number the text allows, when the annotator gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// The words of the mention, when the annotator gave them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The per-report totals an analyst codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldTotals {
    /// Everyone killed, perpetrators included.
    #[serde(default)]
    pub killed: u64,
    /// Everyone injured, perpetrators included.
    #[serde(default)]
    pub injured: u64,
    /// Of the killed, the perpetrators.
    #[serde(default)]
    pub killed_perpetrators: u64,
}

/// One line of the gold file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldReport {
    /// Stable identifier, e.g. `passive-012`.
    pub id: String,
    /// The report text.
    pub text: String,
    /// Publication date, when the report has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// Every casualty mention a coder would record.
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
    /// The report's totals.
    #[serde(default)]
    pub totals: GoldTotals,
    /// True for hard negatives: no claim may be produced.
    #[serde(default)]
    pub negative: bool,
    /// Pattern families and negative classes.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Matched, predicted and gold claim counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ClaimScore {
    /// Predicted claims that match a gold claim.
    pub matched: usize,
    /// Predicted claims.
    pub predicted: usize,
    /// Gold claims.
    pub gold: usize,
    /// matched / predicted.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl ClaimScore {
    fn add(&mut self, matched: usize, predicted: usize, gold: usize) {
        self.matched += matched;
        self.predicted += predicted;
        self.gold += gold;
        self.precision = ratio(self.matched, self.predicted);
        self.recall = ratio(self.matched, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
    }
}

/// Figures for one slice of the gold (all reports, or one tag).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Slice {
    /// Reports in the slice.
    pub reports: usize,
    /// Claim-level scores.
    pub claims: ClaimScore,
    /// Reports whose killed total is exactly right.
    pub killed_right: usize,
    /// Reports whose injured total is exactly right.
    pub injured_right: usize,
    /// Reports whose killed-perpetrators total is exactly right.
    pub perpetrators_right: usize,
    /// killed_right / reports.
    pub killed_exact: f64,
    /// injured_right / reports.
    pub injured_exact: f64,
    /// perpetrators_right / reports.
    pub perpetrators_exact: f64,
    /// Hard negatives in the slice.
    pub negatives: usize,
    /// Hard negatives with at least one claim.
    pub negatives_with_claims: usize,
    /// negatives_with_claims / negatives.
    pub negative_fp_rate: f64,
}

impl Slice {
    fn add(&mut self, o: &Outcome) {
        self.reports += 1;
        self.claims.add(o.matched, o.predicted.len(), o.gold.len());
        self.killed_right += usize::from(o.gold_totals.killed == o.totals.killed);
        self.injured_right += usize::from(o.gold_totals.injured == o.totals.injured);
        self.perpetrators_right +=
            usize::from(o.gold_totals.killed_perpetrators == o.totals.killed_perpetrators);
        self.killed_exact = ratio(self.killed_right, self.reports);
        self.injured_exact = ratio(self.injured_right, self.reports);
        self.perpetrators_exact = ratio(self.perpetrators_right, self.reports);
        if o.negative {
            self.negatives += 1;
            self.negatives_with_claims += usize::from(!o.predicted.is_empty());
            self.negative_fp_rate = ratio(self.negatives_with_claims, self.negatives);
        }
    }
}

/// What happened to one report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The report id.
    pub id: String,
    /// The report text.
    pub text: String,
    /// Gold claims as `category=value[/perpetrators]`.
    pub gold: Vec<String>,
    /// Predicted claims in the same notation.
    pub predicted: Vec<String>,
    /// Matched pairs.
    pub matched: usize,
    /// Gold totals.
    pub gold_totals: GoldTotals,
    /// Predicted totals.
    pub totals: GoldTotals,
    /// True for a hard negative.
    pub negative: bool,
    /// The extractor's error, when it failed on this report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Outcome {
    fn is_wrong(&self) -> bool {
        self.error.is_some()
            || self.matched != self.gold.len()
            || self.matched != self.predicted.len()
            || self.gold_totals.killed != self.totals.killed
            || self.gold_totals.injured != self.totals.injured
    }
}

/// The scores of one extractor on one casualty gold file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CasualtyReport {
    /// Every report.
    pub overall: Slice,
    /// Matched claims whose role (victims or perpetrators) is right.
    pub role_right: usize,
    /// role_right / matched claims.
    pub role_accuracy: f64,
    /// Claim scores per category.
    pub by_category: BTreeMap<String, ClaimScore>,
    /// Figures per tag.
    pub by_tag: BTreeMap<String, Slice>,
    /// Reports the extractor failed on.
    pub failures: usize,
    /// Every report's outcome, in file order (not serialized: see [`CasualtyReport::errors`]).
    #[serde(skip)]
    pub outcomes: Vec<Outcome>,
}

fn category_name(c: CasualtyCategory) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn notation(category: CasualtyCategory, value: u64, role: Role) -> String {
    let p = if role == Role::Perpetrators {
        "/perpetrators"
    } else {
        ""
    };
    format!("{}={value}{p}", category_name(category))
}

/// Read a casualty gold file.
pub fn read_gold(file: &Path) -> Result<Vec<GoldReport>, EvalError> {
    let text = std::fs::read_to_string(file).map_err(|source| EvalError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r: GoldReport = serde_json::from_str(line).map_err(|e| EvalError::Parse {
            path: file.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if r.negative && !r.claims.is_empty() {
            return Err(EvalError::Parse {
                path: file.to_path_buf(),
                line: i + 1,
                message: format!("report {} is a hard negative but has gold claims", r.id),
            });
        }
        out.push(r);
    }
    if out.is_empty() {
        return Err(EvalError::Empty(file.to_path_buf()));
    }
    Ok(out)
}

/// The totals an extractor reports in its `casualty_total` claim.
fn predicted_totals(claims: &[Claim]) -> GoldTotals {
    claims
        .iter()
        .find_map(|c| match &c.payload {
            Payload::Other { kind, data } if kind == "casualty_total" => {
                serde_json::from_value::<GoldTotals>(data.clone()).ok()
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// Score `extract` on the gold file.
pub fn evaluate_gold(file: &Path, extract: ExtractFn) -> Result<CasualtyReport, EvalError> {
    let gold = read_gold(file)?;
    let mut report = CasualtyReport::default();
    for g in &gold {
        let mut doc = Document::from_text(g.id.clone(), g.text.clone());
        doc.published = g.published;
        dateline_host::segment::segment_document(&mut doc);
        let (claims, error) = match extract(&doc) {
            Ok(c) => (c, None),
            Err(e) => (Vec::new(), Some(e)),
        };
        report.failures += usize::from(error.is_some());
        let predicted: Vec<(CasualtyCategory, u64, Role)> = claims
            .iter()
            .filter_map(|c| c.payload.as_casualty())
            .map(|c| (c.category, c.count.value, c.role))
            .collect();
        // One-to-one matching in text order: each gold claim takes the first unused
        // prediction of the same category and value.
        let mut used = vec![false; predicted.len()];
        let mut matched = 0;
        for gc in &g.claims {
            let hit = predicted
                .iter()
                .enumerate()
                .find(|(k, p)| !used[*k] && p.0 == gc.category && p.1 == gc.value);
            let cat = report
                .by_category
                .entry(category_name(gc.category))
                .or_default();
            if let Some((k, p)) = hit {
                used[k] = true;
                matched += 1;
                report.role_right += usize::from(p.2 == gc.role);
                cat.add(1, 0, 1);
            } else {
                cat.add(0, 0, 1);
            }
        }
        for p in &predicted {
            report
                .by_category
                .entry(category_name(p.0))
                .or_default()
                .add(0, 1, 0);
        }
        let outcome = Outcome {
            id: g.id.clone(),
            text: g.text.clone(),
            gold: g
                .claims
                .iter()
                .map(|c| notation(c.category, c.value, c.role))
                .collect(),
            predicted: predicted.iter().map(|p| notation(p.0, p.1, p.2)).collect(),
            matched,
            gold_totals: g.totals,
            totals: predicted_totals(&claims),
            negative: g.negative,
            error,
        };
        report.overall.add(&outcome);
        for tag in &g.tags {
            report.by_tag.entry(tag.clone()).or_default().add(&outcome);
            // Roll "hard_negative:troops" up into "hard_negative" too.
            if let Some((family, _)) = tag.split_once(':') {
                report
                    .by_tag
                    .entry(family.to_string())
                    .or_default()
                    .add(&outcome);
            }
        }
        report.outcomes.push(outcome);
    }
    report.role_accuracy = ratio(report.role_right, report.overall.claims.matched);
    Ok(report)
}

impl CasualtyReport {
    /// The first `n` reports with a wrong claim or total, one block each.
    pub fn errors(&self, n: usize) -> String {
        let mut out = String::new();
        let wrong: Vec<&Outcome> = self.outcomes.iter().filter(|o| o.is_wrong()).collect();
        if n == 0 {
            return out;
        }
        out.push_str(&format!(
            "\n{} of {} reports differ from the gold",
            wrong.len(),
            self.outcomes.len()
        ));
        if wrong.len() > n {
            out.push_str(&format!(" (first {n} shown)"));
        }
        out.push_str(":\n");
        for o in wrong.into_iter().take(n) {
            out.push_str(&format!("\n[{}] {}\n", o.id, o.text));
            out.push_str(&format!("  gold:      {}\n", list(&o.gold)));
            out.push_str(&format!("  predicted: {}\n", list(&o.predicted)));
            let t = |t: &GoldTotals| {
                format!(
                    "killed {} (perpetrators {}), injured {}",
                    t.killed, t.killed_perpetrators, t.injured
                )
            };
            if o.gold_totals != o.totals {
                out.push_str(&format!(
                    "  totals:    gold {} / predicted {}\n",
                    t(&o.gold_totals),
                    t(&o.totals)
                ));
            }
            if let Some(e) = &o.error {
                out.push_str(&format!("  error:     {e}\n"));
            }
        }
        out
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "-".to_string()
    } else {
        items.join(", ")
    }
}

fn pct(x: f64) -> String {
    format!("{:5.1}", 100.0 * x)
}

fn slice_row(f: &mut fmt::Formatter<'_>, name: &str, s: &Slice) -> fmt::Result {
    let neg = if s.negatives > 0 {
        format!(
            "{} ({}/{})",
            pct(s.negative_fp_rate),
            s.negatives_with_claims,
            s.negatives
        )
    } else {
        "    -".to_string()
    };
    // Precision without predictions and recall without gold are undefined: shown as "-".
    let undefined = |n: usize, x: f64| if n == 0 { "    -".to_string() } else { pct(x) };
    writeln!(
        f,
        "{name:<26} {:>5} {} {} {} {} {} {}",
        s.reports,
        undefined(s.claims.predicted, s.claims.precision),
        undefined(s.claims.gold, s.claims.recall),
        undefined(s.claims.gold + s.claims.predicted, s.claims.f1),
        pct(s.killed_exact),
        pct(s.injured_exact),
        neg
    )
}

impl fmt::Display for CasualtyReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overall;
        writeln!(
            f,
            "casualty claims: P {} R {} F1 {} ({} matched, {} predicted, {} gold); role accuracy {}",
            pct(o.claims.precision).trim(),
            pct(o.claims.recall).trim(),
            pct(o.claims.f1).trim(),
            o.claims.matched,
            o.claims.predicted,
            o.claims.gold,
            pct(self.role_accuracy).trim()
        )?;
        writeln!(
            f,
            "per-report totals exact: killed {} ({}/{}), injured {} ({}/{}), perpetrators killed {}",
            pct(o.killed_exact).trim(),
            o.killed_right,
            o.reports,
            pct(o.injured_exact).trim(),
            o.injured_right,
            o.reports,
            pct(o.perpetrators_exact).trim()
        )?;
        writeln!(
            f,
            "hard negatives with a claim: {} ({}/{}); extractor failures: {}",
            pct(o.negative_fp_rate).trim(),
            o.negatives_with_claims,
            o.negatives,
            self.failures
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<26} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} neg FP",
            "tag", "n", "P", "R", "F1", "kill", "inj"
        )?;
        slice_row(f, "(all)", o)?;
        for (tag, s) in &self.by_tag {
            slice_row(f, tag, s)?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:<26} {:>5} {:>5} {:>5} {:>5}",
            "category", "gold", "P", "R", "F1"
        )?;
        for (cat, s) in &self.by_category {
            writeln!(
                f,
                "{cat:<26} {:>5} {} {} {}",
                s.gold,
                pct(s.precision),
                pct(s.recall),
                pct(s.f1)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::{Casualty, Count, Scope, Span};

    fn write_gold(lines: &[&str]) -> tempfile_path::TempPath {
        tempfile_path::TempPath::new(&lines.join("\n"))
    }

    /// A throw-away gold file, removed on drop (the eval crate has no tempfile
    /// dependency, so this is a minimal one).
    mod tempfile_path {
        use std::path::PathBuf;
        use std::sync::atomic::{AtomicUsize, Ordering};

        pub struct TempPath(pub PathBuf);

        impl TempPath {
            pub fn new(content: &str) -> Self {
                static N: AtomicUsize = AtomicUsize::new(0);
                let n = N.fetch_add(1, Ordering::SeqCst);
                let p = std::env::temp_dir().join(format!(
                    "dateline-casualty-gold-{}-{n}.jsonl",
                    std::process::id()
                ));
                std::fs::write(&p, content).unwrap();
                TempPath(p)
            }
        }

        impl Drop for TempPath {
            fn drop(&mut self) {
                let _ = std::fs::remove_file(&self.0);
            }
        }
    }

    /// A fake extractor: "N killed" anywhere gives a killed claim of N, and the total.
    fn fake(doc: &Document) -> Result<Vec<Claim>, String> {
        let mut claims = Vec::new();
        let mut total = 0;
        let words: Vec<&str> = doc.text.split_whitespace().collect();
        for w in words.windows(2) {
            if w[1].starts_with("killed")
                && let Ok(n) = w[0].parse::<u64>()
            {
                total += n;
                let c = Casualty {
                    category: CasualtyCategory::Killed,
                    count: Count::exact(n),
                    role: Role::Victims,
                    group: None,
                    place: None,
                    source: None,
                    parts: Vec::new(),
                    scope: Scope::Incident,
                    incidents: None,
                };
                claims.push(Claim::new(doc, Span::new(0, 1), Payload::Casualty(c)));
            }
        }
        if doc.text.contains("boom") {
            return Err("boom".to_string());
        }
        claims.push(Claim::new(
            doc,
            Span::new(0, 1),
            Payload::other(
                "casualty_total",
                serde_json::json!({"killed": total, "injured": 0}),
            ),
        ));
        Ok(claims)
    }

    #[test]
    fn scores_claims_totals_and_negatives() {
        let gold = write_gold(&[
            r#"{"id":"a","text":"Then 5 killed.","claims":[{"category":"killed","value":5}],"totals":{"killed":5},"tags":["passive"]}"#,
            r#"{"id":"b","text":"Then 3 killed and 2 killed.","claims":[{"category":"killed","value":3}],"totals":{"killed":3},"tags":["list"]}"#,
            r#"{"id":"c","text":"2,500 troops and 4 killed.","claims":[],"totals":{},"negative":true,"tags":["hard_negative:troops"]}"#,
            r#"{"id":"d","text":"boom","claims":[{"category":"injured","value":1}],"totals":{"injured":1},"tags":["passive"]}"#,
        ]);
        let r = evaluate_gold(&gold.0, &fake).unwrap();
        assert_eq!(r.overall.reports, 4);
        assert_eq!(
            (
                r.overall.claims.matched,
                r.overall.claims.predicted,
                r.overall.claims.gold
            ),
            (2, 4, 3)
        );
        assert_eq!(r.overall.killed_right, 2);
        assert_eq!(r.overall.injured_right, 3);
        assert_eq!(
            (r.overall.negatives, r.overall.negatives_with_claims),
            (1, 1)
        );
        assert_eq!(r.failures, 1);
        assert_eq!(r.by_tag["hard_negative"].negatives, 1);
        assert_eq!(r.by_tag["passive"].reports, 2);
        let table = r.to_string();
        assert!(
            table.contains("hard negatives with a claim: 100.0 (1/1)"),
            "{table}"
        );
        let errs = r.errors(10);
        assert!(errs.contains("[b] Then 3 killed and 2 killed."), "{errs}");
        assert!(errs.contains("error:     boom"), "{errs}");
        assert!(!errs.contains("[a]"), "{errs}");
    }

    #[test]
    fn negative_with_claims_is_a_parse_error() {
        let gold = write_gold(&[
            r#"{"id":"x","text":"t","claims":[{"category":"killed","value":1}],"negative":true}"#,
        ]);
        let err = evaluate_gold(&gold.0, &fake).unwrap_err();
        assert!(
            err.to_string()
                .contains("hard negative but has gold claims"),
            "{err}"
        );
    }
}
