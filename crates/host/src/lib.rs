//! The Dateline host: article readers, segmentation, configuration, the plugin
//! registry (compiled-in and dynamically loaded plugins) and the parallel pipeline.
//!
//! - [`read`] turns files and folders into segmented [`Document`](dateline_plugin::Document)s
//!   (plain text, TOML front matter, JSON, JSON Lines), with a precise error per bad
//!   input.
//! - [`segment`] splits text into paragraphs and sentences that survive news text.
//! - [`config`] reads `dateline.toml`.
//! - [`registry`] holds the plugins, runs them on a document and validates what they
//!   return; dynamic plugins are loaded with `libloading` and never unloaded.
//! - [`pipeline`] runs the registry over many inputs on all cores, in bounded memory,
//!   with output in input order.
//! - [`error`] is the one error type, [`HostError`].
//!
//! ```
//! use dateline_host::pipeline::{self, RunOptions};
//! use dateline_host::registry::Registry;
//! use dateline_plugin::serde_json::{json, Value};
//! use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};
//!
//! /// Finds the word "ceasefire".
//! struct Ceasefire;
//! impl Extractor for Ceasefire {
//!     const MANIFEST: Manifest = Manifest {
//!         name: "ceasefire",
//!         version: "0.1.0",
//!         description: "mentions of a ceasefire",
//!         kinds: &["ceasefire"],
//!     };
//!     fn create(_: &Value) -> Result<Self, PluginError> {
//!         Ok(Ceasefire)
//!     }
//!     fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
//!         Ok(doc.text.match_indices("ceasefire").map(|(i, w)| {
//!             Claim::new(doc, Span::new(i, i + w.len()), Payload::other("ceasefire", json!({})))
//!         }).collect())
//!     }
//! }
//!
//! let dir = tempfile::tempdir().unwrap();
//! let article = dir.path().join("2024-04-16-talks.txt");
//! std::fs::write(&article, "Talks resume\nEnvoys met on Monday. A ceasefire held.\n").unwrap();
//!
//! let mut registry = Registry::new();
//! registry.add_builtin::<Ceasefire>(&json!({})).unwrap();
//! let mut records = Vec::new();
//! let summary = pipeline::run(&registry, &[article], &RunOptions::default(), &|_| {}, &mut |r| {
//!     records.push(r)
//! });
//! assert!(summary.ok());
//! let doc = records[0].document.as_ref().unwrap();
//! assert_eq!(doc.title.as_deref(), Some("Talks resume"));
//! assert_eq!(doc.published.unwrap().to_string(), "2024-04-16");
//! assert_eq!(records[0].claims[0].text, "ceasefire");
//! assert_eq!(records[0].claims[0].sentence, 1);
//! ```
#![deny(missing_docs)]

pub mod config;
pub mod error;
pub mod pipeline;
pub mod read;
pub mod registry;
pub mod segment;
mod size_bound;

pub use error::HostError;
