use serde::{Deserialize, Serialize};

use crate::{Claim, Document};

/// Everything extracted from one article: one line of `dateline extract` (the map step),
/// and the input of the timeline builder and of `dateline merge`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The input the article came from, as given on the command line (a relative path
    /// stays relative), with `#N` for the N-th (1-based) record of a JSON Lines file.
    pub input: String,
    /// The article; `None` when the input could not be read at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Document>,
    /// Claims of all plugins, sorted by span start, then plugin name.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// What went wrong with this article, in the order it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// One failure, recorded next to whatever was still extracted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The plugin at fault, when a plugin is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin: Option<String>,
    /// A stable machine-readable code: `invalid_utf8`, `plugin_panic`, …
    pub code: String,
    /// The full human-readable message, naming the file, article and plugin.
    pub message: String,
}
