//! Scores of a timeline against reference timelines written by journalists, as the
//! timeline-summarisation literature measures them (tilse, news-tls).
//!
//! A timeline, for scoring, is a map from days to the sentences that summarise them.
//! The reference is JSON Lines in either of two forms:
//!
//! - one day per line, `{"date": "2024-04-06", "sentences": ["…", "…"]}`: the whole file
//!   is one reference timeline;
//! - one timeline per line, as news-tls's `timelines.jsonl` has it:
//!   `[["2024-04-06", ["…"]], ["2024-04-07", ["…", "…"]]]` (a date may also carry a time,
//!   `2024-04-06T00:00:00`, which is cut to the day). Several lines are several
//!   references for one story, scored one by one and averaged.
//!
//! Figures, each as precision, recall and F1:
//!
//! - **date F1**: the days of the system timeline against the days of the reference;
//! - **ROUGE-1 concat**: unigram overlap of all the system's sentences with all the
//!   reference's, whatever their days (tilse's `concat`);
//! - **ROUGE-1 agreement**: unigram overlap counted only between the sentences of the
//!   same day, over all the words of either side (tilse's `agreement`).
//!
//! Words are lower-cased runs of letters and digits, no stemming and no stopword list
//! (the default tokenisation of Google's `rouge-score`), and overlap is clipped per word
//! (a word counts as often as it occurs on the side where it is rarer).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::EvalError;

/// Days and the sentences that summarise each.
pub type DaySummaries = BTreeMap<NaiveDate, Vec<String>>;

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn of(hits: f64, system: f64, reference: f64) -> Self {
        let p = if system > 0.0 { hits / system } else { 0.0 };
        let r = if reference > 0.0 {
            hits / reference
        } else {
            0.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f1 }
    }

    fn mean(all: &[Prf]) -> Self {
        let n = all.len().max(1) as f64;
        Prf {
            p: all.iter().map(|x| x.p).sum::<f64>() / n,
            r: all.iter().map(|x| x.r).sum::<f64>() / n,
            f1: all.iter().map(|x| x.f1).sum::<f64>() / n,
        }
    }
}

/// The scores of one system timeline against one reference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineScores {
    /// Days in the system timeline.
    pub system_dates: usize,
    /// Days in the reference.
    pub reference_dates: usize,
    /// Days in both.
    pub matched_dates: usize,
    /// Date precision, recall, F1.
    pub date: Prf,
    /// ROUGE-1 over all sentences, whatever their day.
    pub rouge1_concat: Prf,
    /// ROUGE-1 between the sentences of the same day.
    pub rouge1_agreement: Prf,
}

/// The scores against every reference, and their mean.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineReport {
    /// The mean over the references (each figure averaged; the counts summed).
    pub overall: TimelineScores,
    /// One entry per reference, in the order of the file.
    pub references: Vec<TimelineScores>,
}

impl fmt::Display for TimelineReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overall;
        writeln!(
            f,
            "timeline: {} reference timeline{}; days: system {}, reference {}, in both {}",
            self.references.len(),
            if self.references.len() == 1 { "" } else { "s" },
            o.system_dates,
            o.reference_dates,
            o.matched_dates
        )?;
        writeln!(f, "{:<20} {:>6} {:>6} {:>6}", "", "P", "R", "F1")?;
        for (name, x) in [
            ("date", o.date),
            ("ROUGE-1 concat", o.rouge1_concat),
            ("ROUGE-1 agreement", o.rouge1_agreement),
        ] {
            writeln!(f, "{name:<20} {:>6.3} {:>6.3} {:>6.3}", x.p, x.r, x.f1)?;
        }
        Ok(())
    }
}

/// One line of the one-day-per-line form.
#[derive(Deserialize)]
struct DayLine {
    date: String,
    #[serde(default)]
    sentences: Vec<String>,
}

fn day(text: &str) -> Option<NaiveDate> {
    let day = text.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Read the reference timelines of a file (see the module documentation for the forms).
pub fn read_references(path: &Path) -> Result<Vec<DaySummaries>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })?;
    let parse = |line: usize, message: String| EvalError::Parse {
        path: path.to_owned(),
        line,
        message,
    };
    let mut by_day: Option<DaySummaries> = None;
    let mut timelines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| parse(line_no, e.to_string()))?;
        match value {
            serde_json::Value::Object(_) => {
                let d: DayLine = serde_json::from_value(value)
                    .map_err(|e| parse(line_no, format!("not a {{date, sentences}} line: {e}")))?;
                let date = day(&d.date).ok_or_else(|| {
                    parse(line_no, format!("{:?} is no date (YYYY-MM-DD)", d.date))
                })?;
                by_day
                    .get_or_insert_with(BTreeMap::new)
                    .entry(date)
                    .or_default()
                    .extend(d.sentences);
            }
            serde_json::Value::Array(_) => {
                let pairs: Vec<(String, Vec<String>)> =
                    serde_json::from_value(value).map_err(|e| {
                        parse(
                            line_no,
                            format!("not a [[date, [sentences]], …] timeline: {e}"),
                        )
                    })?;
                let mut t = DaySummaries::new();
                for (date, sentences) in pairs {
                    let d = day(&date).ok_or_else(|| {
                        parse(line_no, format!("{date:?} is no date (YYYY-MM-DD)"))
                    })?;
                    t.entry(d).or_default().extend(sentences);
                }
                timelines.push(t);
            }
            _ => {
                return Err(parse(
                    line_no,
                    "expected a {date, sentences} object or a timeline array".to_owned(),
                ));
            }
        }
    }
    if let Some(t) = by_day {
        if !timelines.is_empty() {
            return Err(parse(
                0,
                "the file mixes day lines and timeline lines; use one form".to_owned(),
            ));
        }
        timelines.push(t);
    }
    if timelines.iter().all(BTreeMap::is_empty) {
        return Err(EvalError::Empty(path.to_owned()));
    }
    Ok(timelines)
}

/// The words ROUGE counts: lower-cased runs of letters and digits.
fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn counts<'a>(sentences: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for s in sentences {
        for t in tokens(s) {
            *out.entry(t).or_insert(0) += 1;
        }
    }
    out
}

/// Clipped unigram overlap of two bags.
fn overlap(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> usize {
    a.iter()
        .map(|(w, &n)| n.min(b.get(w).copied().unwrap_or(0)))
        .sum()
}

fn total(bag: &HashMap<String, usize>) -> usize {
    bag.values().sum()
}

/// Score one system timeline against one reference.
pub fn score(system: &DaySummaries, reference: &DaySummaries) -> TimelineScores {
    let matched = system.keys().filter(|d| reference.contains_key(d)).count();
    let date = Prf::of(matched as f64, system.len() as f64, reference.len() as f64);

    let sys_all = counts(system.values().flatten());
    let ref_all = counts(reference.values().flatten());
    let concat = Prf::of(
        overlap(&sys_all, &ref_all) as f64,
        total(&sys_all) as f64,
        total(&ref_all) as f64,
    );
    let same_day: usize = system
        .iter()
        .filter_map(|(d, s)| {
            let r = reference.get(d)?;
            Some(overlap(&counts(s.iter()), &counts(r.iter())))
        })
        .sum();
    let agreement = Prf::of(
        same_day as f64,
        total(&sys_all) as f64,
        total(&ref_all) as f64,
    );
    TimelineScores {
        system_dates: system.len(),
        reference_dates: reference.len(),
        matched_dates: matched,
        date,
        rouge1_concat: concat,
        rouge1_agreement: agreement,
    }
}

/// The report of several references, each with its own system timeline (built for
/// its length, as the literature does).
pub fn report(scores: Vec<TimelineScores>) -> TimelineReport {
    let mean = |f: fn(&TimelineScores) -> Prf| Prf::mean(&scores.iter().map(f).collect::<Vec<_>>());
    let overall = TimelineScores {
        system_dates: scores.iter().map(|s| s.system_dates).sum(),
        reference_dates: scores.iter().map(|s| s.reference_dates).sum(),
        matched_dates: scores.iter().map(|s| s.matched_dates).sum(),
        date: mean(|s| s.date),
        rouge1_concat: mean(|s| s.rouge1_concat),
        rouge1_agreement: mean(|s| s.rouge1_agreement),
    };
    TimelineReport {
        overall,
        references: scores,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tl(days: &[(&str, &[&str])]) -> DaySummaries {
        days.iter()
            .map(|(d, s)| (day(d).unwrap(), s.iter().map(|x| (*x).to_owned()).collect()))
            .collect()
    }

    #[test]
    fn dates_and_unigrams_are_counted_as_the_literature_does() {
        let system = tl(&[
            ("2024-04-06", &["A missile hit the market."]),
            ("2024-04-09", &["Talks began."]),
        ]);
        let reference = tl(&[
            ("2024-04-06", &["The market was hit by a missile; 15 died."]),
            ("2024-04-07", &["Talks began in the capital."]),
        ]);
        let s = score(&system, &reference);
        assert_eq!(
            (s.system_dates, s.reference_dates, s.matched_dates),
            (2, 2, 1)
        );
        assert_eq!(
            s.date,
            Prf {
                p: 0.5,
                r: 0.5,
                f1: 0.5
            }
        );
        // System words: a missile hit the market talks began (7); reference: the market
        // was hit by a missile 15 died talks began in the capital (14, "the" twice).
        // Shared, clipped: a missile hit the market talks began = 7.
        assert_eq!(s.rouge1_concat.p, 1.0);
        assert_eq!(s.rouge1_concat.r, 0.5);
        // Only the 6 April words count on the same day: a missile hit the market = 5.
        assert_eq!(s.rouge1_agreement.p, 5.0 / 7.0);
        assert_eq!(s.rouge1_agreement.r, 5.0 / 14.0);
    }

    #[test]
    fn an_empty_system_scores_zero() {
        let s = score(&DaySummaries::new(), &tl(&[("2024-01-01", &["x"])]));
        assert_eq!(s.date.f1, 0.0);
        assert_eq!(s.rouge1_concat.f1, 0.0);
    }

    #[test]
    fn both_reference_forms_read() {
        let dir = std::env::temp_dir().join(format!("dateline-ref-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let days = dir.join("days.jsonl");
        std::fs::write(
            &days,
            "{\"date\": \"2024-04-06\", \"sentences\": [\"One.\"]}\n\n{\"date\": \"2024-04-06T00:00:00\", \"sentences\": [\"Two.\"]}\n",
        )
        .unwrap();
        let refs = read_references(&days).unwrap();
        assert_eq!(refs.len(), 1);
        assert_eq!(refs[0][&day("2024-04-06").unwrap()], ["One.", "Two."]);
        let lines = dir.join("timelines.jsonl");
        std::fs::write(
            &lines,
            "[[\"2024-04-06T00:00:00\", [\"One.\"]]]\n[[\"2024-04-07\", [\"Two.\", \"Three.\"]]]\n",
        )
        .unwrap();
        assert_eq!(read_references(&lines).unwrap().len(), 2);
        let bad = dir.join("bad.jsonl");
        std::fs::write(&bad, "{\"date\": \"April 6\", \"sentences\": []}\n").unwrap();
        let err = read_references(&bad).unwrap_err().to_string();
        assert!(
            err.ends_with("bad.jsonl:1: \"April 6\" is no date (YYYY-MM-DD)"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_report_averages_references() {
        let a = TimelineScores {
            date: Prf {
                p: 1.0,
                r: 0.5,
                f1: 2.0 / 3.0,
            },
            system_dates: 2,
            ..Default::default()
        };
        let b = TimelineScores {
            date: Prf {
                p: 0.0,
                r: 0.0,
                f1: 0.0,
            },
            system_dates: 3,
            ..Default::default()
        };
        let r = report(vec![a, b]);
        assert_eq!(r.overall.date.p, 0.5);
        assert_eq!(r.overall.date.f1, 1.0 / 3.0);
        assert_eq!(r.overall.system_dates, 5);
        assert!(r.to_string().contains("2 reference timelines"));
    }
}
