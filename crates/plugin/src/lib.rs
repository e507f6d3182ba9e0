//! The one crate a Dateline extractor plugin depends on.
//!
//! It defines the wire types that cross every boundary of the system ([`Document`],
//! [`Claim`] and the typed payloads), the safe [`Extractor`] trait that a plugin
//! implements once, and the C binary interface ([`abi`]) with the [`export_plugin!`]
//! macro that turns any extractor into a loadable `cdylib`.
//!
//! ```
//! use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};
//! use dateline_plugin::serde_json::{json, Value};
//!
//! /// Finds the word "ceasefire" and reports it as a claim of a custom kind.
//! struct Ceasefire;
//!
//! impl Extractor for Ceasefire {
//!     const MANIFEST: Manifest = Manifest {
//!         name: "ceasefire",
//!         version: "0.1.0",
//!         description: "mentions of a ceasefire",
//!         kinds: &["ceasefire"],
//!     };
//!
//!     fn create(_config: &Value) -> Result<Self, PluginError> {
//!         Ok(Ceasefire)
//!     }
//!
//!     fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
//!         Ok(doc
//!             .text
//!             .match_indices("ceasefire")
//!             .map(|(start, word)| {
//!                 let span = Span::new(start, start + word.len());
//!                 Claim::new(doc, span, Payload::other("ceasefire", json!({})))
//!             })
//!             .collect())
//!     }
//! }
//!
//! let doc = Document::from_text("t", "A ceasefire began. It held.");
//! let claims = Ceasefire.extract(&doc).unwrap();
//! assert_eq!(claims.len(), 1);
//! assert_eq!(claims[0].text, "ceasefire");
//! ```
#![deny(missing_docs)]

pub mod abi;
mod claim;
mod compact;
mod document;
mod error;
pub mod payload;
mod record;
pub mod text;

pub use abi::ABI_VERSION;
pub use claim::{Claim, Payload};
pub use compact::{CompactDocument, CompactRecord, Excerpt};
pub use document::{Document, Span};
pub use error::PluginError;
pub use payload::casualty::{Casualty, CasualtyCategory, CasualtyPart, Count, Role, Scope};
pub use payload::quote::{Quote, QuoteKind};
pub use payload::time::{Granularity, Interval, Resolution, Timex, TimexType};
pub use record::{ArticleRecord, Problem};

/// Re-exported so that plugins use the same `serde_json` as the wire types.
pub use serde_json;

/// What a plugin says about itself before any of its code runs.
///
/// In a dynamic library these strings are stored in the exported entry struct, so
/// the host can list and check a plugin without creating it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Manifest {
    /// Short unique name, e.g. `dates`. Used in `--only`, in config tables and in claims.
    pub name: &'static str,
    /// The plugin's own version (usually `env!("CARGO_PKG_VERSION")`).
    pub version: &'static str,
    /// One line for `dateline plugins`.
    pub description: &'static str,
    /// The claim kinds the plugin emits (`time`, `casualty`, `quote` or its own).
    pub kinds: &'static [&'static str],
}

/// The safe trait every extractor implements, once.
///
/// The same implementation runs compiled into the host and loaded from a shared
/// library (see [`export_plugin!`]). An extractor is created once per run with its
/// configuration and then called for many documents, possibly from several threads at
/// once, so `extract` takes `&self`.
pub trait Extractor: Send + Sync + Sized + 'static {
    /// Static metadata, readable without running plugin code.
    const MANIFEST: Manifest;

    /// Build the extractor from its configuration: the plugin's table of the host's
    /// `dateline.toml` as a JSON object (an empty object when there is none).
    fn create(config: &serde_json::Value) -> Result<Self, PluginError>;

    /// Extract claims from one document. Spans are byte offsets into `doc.text`.
    /// The host fills in each claim's plugin name, version and sentence index.
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError>;
}
