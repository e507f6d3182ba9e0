//! Score Dateline extractors against annotated corpora.
//!
//! Each module reads one gold format and prints the figures its community uses:
//! [`dates`] (TimeML / TempEval-3 Task A), [`quotes`] (PolNeAR attributions),
//! [`casualties`] (Dateline's own casualty gold, JSON Lines) and [`claims`] (span gold of
//! any claim kind, for a plugin's own kinds).
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

use dateline_plugin::{Claim, Document};

pub mod casualties;
pub mod claims;
pub mod dates;
pub mod quotes;

/// The extractor under test: one document in, its claims (or an error message) out.
pub type ExtractFn<'a> = &'a (dyn Fn(&Document) -> Result<Vec<Claim>, String> + Sync);

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A corpus file or folder could not be read.
    #[error("cannot read {path}: {source}")]
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
