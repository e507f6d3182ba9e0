//! Score Dateline extractors against annotated corpora.
//!
//! Each module reads one gold format and prints the figures its community uses:
//! [`dates`] (TimeML / TempEval-3 Task A), [`quotes`] (PolNeAR attributions) and
//! [`casualties`] (Dateline's own casualty gold, JSON Lines). The extractor under test is
//! passed in as a function, so compiled-in and dynamically loaded plugins are scored the
//! same way.
#![deny(missing_docs)]

use std::path::PathBuf;

use dateline_plugin::{Claim, Document};

pub mod casualties;
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
