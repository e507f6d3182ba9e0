use thiserror::Error;

/// An error a plugin reports for a configuration or a document.
///
/// It crosses the binary interface as its message only, so keep the message precise:
/// the host adds the plugin name and the article.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum PluginError {
    /// The configuration given at create time is not acceptable.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The document could not be processed.
    #[error("{0}")]
    Extract(String),
}

impl PluginError {
    /// A configuration error with the given message.
    pub fn config(msg: impl Into<String>) -> Self {
        PluginError::Config(msg.into())
    }

    /// An extraction error with the given message.
    pub fn extract(msg: impl Into<String>) -> Self {
        PluginError::Extract(msg.into())
    }
}
