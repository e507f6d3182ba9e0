//! Score Dateline extractors against annotated corpora.
//!
//! Each module reads one gold format and prints the figures its community uses:
//! [`dates`] (TimeML / TempEval-3 Task A), [`quotes`] (PolNeAR attributions),
//! [`casualties`] (Dateline's own casualty gold, JSON Lines), [`claims`] (span gold of
//! any claim kind, for a plugin's own kinds) and [`timeline`] (a whole timeline against
//! reference timelines: date F1 and ROUGE-1).
//!
//! The crate knows no plugin: it scores *claims*, the wire types of `dateline-plugin`.
//! The extractor under test is passed in as a function from a document to its claims,
//! so a compiled-in plugin, a plugin loaded from a shared library by the host's registry
//! (what `dateline eval` does) and a plugin's own test of its floors are scored the same
//! way:
//!
//! ```no_run
//! use dateline_plugin::{Claim, Document};
//!
//! // Any extractor: here one that finds nothing.
//! let extract = |_doc: &Document| -> Result<Vec<Claim>, String> { Ok(Vec::new()) };
//! let gold = std::path::Path::new("gold.jsonl");
//! let report = dateline_eval::claims::evaluate_claims(gold, "money", &extract)?;
//! assert!(report.scores.payload_f1 >= 0.0);
//! print!("{report}");
//! # Ok::<(), dateline_eval::EvalError>(())
//! ```
#![deny(missing_docs)]

use std::path::PathBuf;

use dateline_plugin::{Claim, Document, Span};

pub mod casualties;
pub mod claims;
pub mod dates;
pub mod quotes;
pub mod timeline;

/// The extractor under test: one document in, its claims (or an error message) out.
pub type ExtractFn<'a> = &'a (dyn Fn(&Document) -> Result<Vec<Claim>, String> + Sync);

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A corpus file or folder could not be read.
    #[error("cannot read {path}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A gold file is malformed.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when not line-oriented).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The corpus holds no document to score.
    #[error("no documents found in {0}")]
    Empty(PathBuf),
}

/// `a / b`, or 0 when `b` is 0 (a precision with nothing predicted, a recall with no
/// gold).
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The harmonic mean of a precision and a recall, or 0 when both are 0.
pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Greedy one-to-one matching of gold spans with system spans, in gold order: each gold
/// span takes the first free system span it overlaps, preferring one with the identical
/// extent. Returns, for each gold span, the index of the system span it took, and for
/// each system span whether one took it.
pub(crate) fn match_spans(gold: &[Span], system: &[Span]) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut used = vec![false; system.len()];
    let mut taken = vec![None; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        let candidates = || {
            system
                .iter()
                .enumerate()
                .filter(|(si, s)| !used[*si] && s.overlaps(*g))
        };
        let pick = candidates()
            .find(|(_, s)| *s == g)
            .or_else(|| candidates().next())
            .map(|(si, _)| si);
        if let Some(si) = pick {
            used[si] = true;
            taken[gi] = Some(si);
        }
    }
    (taken, used)
}
