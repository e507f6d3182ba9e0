//! Snapshot-test a Dateline plugin, and the timeline it produces, on fixture articles.
//!
//! A plugin's own tests need a few lines: put fixture articles in a folder (any format
//! the host reads: plain text, Markdown with `+++` front matter, JSON, JSON Lines) and
//! call [`assert_fixture_snapshots!`] from a test. Every fixture file gets one insta
//! snapshot, named after the file, holding the plugin's claims, the timeline they make
//! (as Markdown, the way a reader sees it) and any errors.
//!
//! ```text
//! // plugins/my-plugin/tests/snapshots.rs
//! #[test]
//! fn fixtures() {
//!     dateline_testkit::assert_fixture_snapshots!(my_plugin::MyExtractor, "fixtures/*.md");
//! }
//! ```
//!
//! Review new snapshots with `cargo insta review` (or read the `.snap.new` files) and
//! commit them: a committed snapshot is a claim that the output is right. The only
//! redaction is the plugin version in each claim, which changes with every release and
//! says nothing about the output's correctness.
//!
//! For unit tests, [`extract`] runs a plugin on a string with the host's segmentation:
//!
//! ```
//! use dateline_plugin::serde_json::Value;
//! use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};
//!
//! struct Sentences;
//! impl Extractor for Sentences {
//!     const MANIFEST: Manifest = Manifest {
//!         name: "sentences",
//!         version: "0.1.0",
//!         description: "one claim per sentence",
//!         kinds: &["sentence"],
//!     };
//!     fn create(_: &Value) -> Result<Self, PluginError> {
//!         Ok(Sentences)
//!     }
//!     fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
//!         Ok(doc.sentences.iter().map(|s| Claim::new(doc, *s, Payload::other("sentence", Value::Null))).collect())
//!     }
//! }
//!
//! let claims = dateline_testkit::extract::<Sentences>("Dr. Ames left. She came back.", None);
//! assert_eq!(claims.len(), 2);
//! assert_eq!(claims[0].text, "Dr. Ames left.");
//! ```
#![deny(missing_docs)]

use std::path::Path;

use dateline_host::read::{ReadOptions, read_file};
use dateline_host::registry::Registry;
use dateline_plugin::{ArticleRecord, Claim, Document, Extractor, Problem};
use serde::Serialize;

#[doc(hidden)]
pub use insta;
#[doc(hidden)]
pub use serde_json;

/// What one fixture file's snapshot holds.
#[derive(Debug, Serialize)]
pub struct FixtureSnapshot {
    /// The fixture's file name.
    pub input: String,
    /// Every claim of every article in the file, in document order.
    pub claims: Vec<Claim>,
    /// The timeline the claims make, rendered as Markdown, one entry per line (so that
    /// the snapshot shows it as readable lines, not as one escaped string).
    pub timeline: Vec<String>,
    /// Reading and plugin errors, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// A registry holding one plugin, ready to snapshot fixtures.
pub struct Kit {
    registry: Registry,
}

impl Kit {
    /// A kit for extractor `T` created with `config` (a JSON object).
    ///
    /// # Panics
    /// When the plugin refuses the configuration: that is a test failure.
    pub fn new<T: Extractor>(config: serde_json::Value) -> Self {
        let mut registry = Registry::new();
        if let Err(err) = registry.add_builtin::<T>(&config) {
            panic!("cannot create plugin {}: {err}", T::MANIFEST.name);
        }
        Kit { registry }
    }

    /// Read the fixture at `path`, run the plugin and build the timeline.
    ///
    /// File names, not paths, identify the fixture in the snapshot, so snapshots do not
    /// depend on where the repository is checked out.
    pub fn snapshot(&self, path: &Path) -> FixtureSnapshot {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let full = path.to_string_lossy().into_owned();
        let mut records = Vec::new();
        for read in read_file(path, &ReadOptions::default()) {
            let mut errors: Vec<Problem> = read.errors.iter().map(|e| e.to_problem()).collect();
            let mut claims = Vec::new();
            let mut document = read.document;
            if let Some(doc) = &mut document {
                if doc.id.starts_with(&full) {
                    doc.id = doc.id.replacen(&full, &name, 1);
                }
                let (found, failures) = self.registry.extract(doc);
                claims = found;
                errors.extend(failures.iter().map(|e| e.to_problem()));
            }
            let input = read.input.replacen(&full, &name, 1);
            for problem in &mut errors {
                problem.message = problem.message.replace(&full, &name);
            }
            records.push(ArticleRecord {
                input,
                document,
                claims,
                errors,
            });
        }
        let timeline = dateline_timeline::render_markdown(&dateline_timeline::build(&records))
            .lines()
            .map(str::to_owned)
            .collect();
        FixtureSnapshot {
            input: name,
            claims: records
                .iter()
                .flat_map(|r| r.claims.iter().cloned())
                .collect(),
            timeline,
            errors: records.into_iter().flat_map(|r| r.errors).collect(),
        }
    }
}

/// Run extractor `T` (default configuration) on `text`, segmented as the host does, with
/// `published` (`YYYY-MM-DD`) as the document creation time.
///
/// # Panics
/// When the plugin fails or `published` is not a date: both are test failures.
pub fn extract<T: Extractor>(text: &str, published: Option<&str>) -> Vec<Claim> {
    let mut doc = Document::from_text("test", text);
    doc.published = published.map(|p| {
        p.parse()
            .unwrap_or_else(|e| panic!("published {p:?} is not YYYY-MM-DD: {e}"))
    });
    dateline_host::segment::segment_document(&mut doc);
    let kit = Kit::new::<T>(serde_json::json!({}));
    let (claims, errors) = kit.registry.extract(&doc);
    if let Some(err) = errors.first() {
        panic!("{err}");
    }
    claims
}

/// Snapshot extractor `$extractor` over every fixture file matching `$pattern`
/// (a glob relative to the calling test file's folder), one snapshot per file.
///
/// An optional third argument is the plugin's configuration as a
/// `serde_json::Value`.
#[macro_export]
macro_rules! assert_fixture_snapshots {
    ($extractor:ty, $pattern:expr) => {
        $crate::assert_fixture_snapshots!($extractor, $pattern, $crate::serde_json::json!({}))
    };
    ($extractor:ty, $pattern:expr, $config:expr) => {{
        let kit = $crate::Kit::new::<$extractor>($config);
        $crate::insta::glob!($pattern, |path| {
            let snapshot = kit.snapshot(path);
            $crate::insta::assert_yaml_snapshot!(snapshot, {
                ".claims[].version" => "[version]",
            });
        });
    }};
}
