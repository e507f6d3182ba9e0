//! The host's typed errors.
//!
//! Every failure the host can meet while reading articles, loading plugins or running
//! them is one variant of [`HostError`]. Each message names the file, the plugin and
//! the article concerned, starts lower-case and has no trailing period; each variant
//! has a stable machine-readable [`code`](HostError::code) that ends up in
//! [`Problem::code`].

use dateline_plugin::Problem;

/// Everything that can go wrong in the host.
///
/// Paths are kept as the user gave them (relative stays relative), so messages and
/// output never contain absolute paths the user did not type.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    /// An input path does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path as given.
        path: String,
    },
    /// An input exists but cannot be read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The path as given.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The path as given.
        path: String,
        /// Byte offset of the first invalid sequence in the file.
        offset: usize,
    },
    /// A file (or an article's text) is empty or only whitespace.
    #[error("{path}: no text (the file or article is empty)")]
    Empty {
        /// The path or article input.
        path: String,
    },
    /// A plain text file holds only its title line.
    #[error(
        "{path}: only a title line, no text (the first line of a plain text file is its title)"
    )]
    TitleOnly {
        /// The path as given.
        path: String,
    },
    /// A file looks binary: it holds NUL bytes or many control characters.
    #[error("{path}: looks like a binary file ({what} at byte {offset})")]
    Binary {
        /// The path as given.
        path: String,
        /// What gave it away.
        what: &'static str,
        /// Byte offset of the first such byte.
        offset: usize,
    },
    /// A file is larger than the configured limit.
    #[error("{path}: file too large ({size} bytes, limit {limit})")]
    TooLarge {
        /// The path as given.
        path: String,
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// One line of a JSON Lines file is longer than the configured limit; the line is
    /// skipped and the rest of the file is read.
    #[error(
        "{path}:{line}: line too long (at least {size} bytes, limit {limit}); the line is skipped"
    )]
    LineTooLong {
        /// The article's input name (`path#N`).
        path: String,
        /// 1-based line of the file.
        line: usize,
        /// Bytes read of the line before it was given up.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// JSON nested deeper than the configured limit.
    #[error("{path}{}: JSON nested deeper than {limit} levels (at byte {offset})", line.map(|l| format!(":{l}")).unwrap_or_default())]
    TooDeep {
        /// The path as given.
        path: String,
        /// 1-based line of the file, for JSON Lines.
        line: Option<usize>,
        /// The deepest nesting allowed.
        limit: usize,
        /// Byte offset (in the file, or in the line) of the bracket that went too deep.
        offset: usize,
    },
    /// A TimeML file is not well-formed enough to be read (for instance truncated).
    #[error("{path}:{line}: bad TimeML: {message}")]
    TimeMl {
        /// The path as given.
        path: String,
        /// 1-based line of the file where the problem is.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The TOML front matter between `+++` lines is broken.
    #[error("{path}:{line}: bad front matter: {message}")]
    FrontMatter {
        /// The path as given.
        path: String,
        /// 1-based line of the file where the problem is.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A JSON or JSON Lines file (or one of its lines) cannot be read.
    #[error("{path}{}: bad JSON: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Json {
        /// The path as given.
        path: String,
        /// 1-based line of the file, for JSON Lines.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// A JSON article has no text field.
    #[error("{input}: no text field (expected one of text, body, maintext, content)")]
    MissingText {
        /// The article's input name (`path` or `path#N`).
        input: String,
    },
    /// A date field cannot be read; the article is processed without a DCT.
    #[error(
        "{input}: cannot read {field} {value:?} as a date; the article has no publication date"
    )]
    BadDate {
        /// The article's input name.
        input: String,
        /// The field that holds the date.
        field: String,
        /// Its value.
        value: String,
    },
    /// The configuration file is wrong.
    #[error("{path}: {message}")]
    Config {
        /// The configuration file as given.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A plugin library cannot be opened or read.
    #[error("cannot open plugin {path}: {message}")]
    PluginOpen {
        /// The library path as given.
        path: String,
        /// Why.
        message: String,
    },
    /// A library exports no Dateline entry symbol.
    #[error(
        "plugin {path}: no symbol starting with `dateline_plugin_entry_` (is it a Dateline plugin built with export_plugin!?)"
    )]
    MissingEntry {
        /// The library path as given.
        path: String,
    },
    /// A library exports several Dateline entry symbols.
    #[error("plugin {path}: several entry symbols ({}); a library must export exactly one", symbols.join(", "))]
    AmbiguousEntry {
        /// The library path as given.
        path: String,
        /// The symbols found, sorted.
        symbols: Vec<String>,
    },
    /// A library was built against another version of the binary interface.
    #[error(
        "plugin {path}: incompatible ABI version: host has ABI {host}, library has ABI {library} (rebuild the plugin against dateline-plugin with ABI {host})"
    )]
    AbiMismatch {
        /// The library path as given.
        path: String,
        /// The host's `ABI_VERSION`.
        host: u32,
        /// The library's `abi_version`.
        library: u32,
    },
    /// A library's entry struct is smaller than the host's.
    #[error("plugin {path}: entry struct is {size} bytes, the host needs at least {expected}")]
    EntryTooSmall {
        /// The library path as given.
        path: String,
        /// The size the library declares.
        size: u32,
        /// The size the host expects.
        expected: u32,
    },
    /// A library's metadata (name, version, kinds) is unusable.
    #[error("plugin {path}: bad metadata: {message}")]
    PluginMetadata {
        /// The library path as given.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A plugin refused its configuration or failed to start.
    #[error("plugin {plugin} ({origin}): create failed: {message}")]
    PluginCreate {
        /// The plugin's name.
        plugin: String,
        /// `builtin` or the library path.
        origin: String,
        /// The plugin's message.
        message: String,
    },
    /// A plugin returned an error for an article.
    #[error("plugin {plugin} failed on {article}: {message}")]
    Plugin {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// The plugin's message.
        message: String,
    },
    /// A plugin panicked on an article.
    #[error("plugin {plugin} panicked on {article}: {message}")]
    PluginPanic {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// The panic message.
        message: String,
    },
    /// A plugin's output for an article is unusable (partly or wholly).
    #[error("plugin {plugin} gave malformed output on {article}: {message}")]
    MalformedOutput {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// What is wrong.
        message: String,
    },
    /// A plugin gave more claims for one article than the configured limit; the claims
    /// past the limit are dropped.
    #[error(
        "plugin {plugin} gave {count} claims on {article}, more than the limit of {limit}; the claims past the limit are dropped"
    )]
    TooManyClaims {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// Claims the plugin returned.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A plugin's output for one article is larger than the configured limit; all of
    /// its output for the article is dropped.
    #[error(
        "plugin {plugin} gave more than {limit} bytes of output on {article}; its output for the article is dropped"
    )]
    OutputTooLarge {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// An isolated plugin's worker process died on an article (a crash, an abort, the
    /// memory limit); it is restarted for the next article.
    #[error("plugin {plugin} crashed on {article}: {message}; its worker process is restarted")]
    PluginCrash {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// How the worker ended, and the last thing it printed.
        message: String,
    },
    /// An isolated plugin took longer than the per-article timeout; its worker is killed
    /// and restarted.
    #[error(
        "plugin {plugin} timed out on {article} after {seconds} s; its worker process is killed and restarted"
    )]
    PluginTimeout {
        /// The plugin's name.
        plugin: String,
        /// The article's input name.
        article: String,
        /// The timeout in seconds.
        seconds: f64,
    },
    /// The worker process of an isolated plugin could not be started or did not
    /// answer its handshake.
    #[error("plugin {plugin}: cannot start its worker process: {message}")]
    WorkerStart {
        /// The plugin's name (or library path, before its name is known).
        plugin: String,
        /// Why.
        message: String,
    },
    /// A plugin library that other users could have changed is refused, because
    /// loading it runs its code.
    #[error(
        "plugin {path}: refused, the file {reason} (loading a plugin runs its code; fix the permissions, or allow it with allow_insecure = true in its [[load]] table or --allow-insecure-plugins)"
    )]
    InsecurePlugin {
        /// The library path as given.
        path: String,
        /// What is wrong with the file.
        reason: String,
    },
    /// `--only` names a plugin that is not registered.
    #[error("unknown plugin {name:?} (available: {})", available.join(", "))]
    UnknownPlugin {
        /// The requested name.
        name: String,
        /// The registered names, sorted.
        available: Vec<String>,
    },
    /// Two plugins have the same name.
    #[error("duplicate plugin name {name:?}: {first} and {second}")]
    DuplicatePlugin {
        /// The name.
        name: String,
        /// Origin of the plugin registered first.
        first: String,
        /// Origin of the plugin registered second.
        second: String,
    },
}

impl HostError {
    /// A stable snake_case code for the variant, used in output and by scripts.
    pub fn code(&self) -> &'static str {
        match self {
            HostError::NotFound { .. } => "not_found",
            HostError::Unreadable { .. } => "unreadable",
            HostError::InvalidUtf8 { .. } => "invalid_utf8",
            HostError::Empty { .. } => "empty",
            HostError::TitleOnly { .. } => "title_only",
            HostError::Binary { .. } => "binary",
            HostError::TooLarge { .. } => "too_large",
            HostError::LineTooLong { .. } => "line_too_long",
            HostError::TooDeep { .. } => "too_deep",
            HostError::TimeMl { .. } => "bad_timeml",
            HostError::FrontMatter { .. } => "front_matter",
            HostError::Json { .. } => "bad_json",
            HostError::MissingText { .. } => "missing_text",
            HostError::BadDate { .. } => "bad_date",
            HostError::Config { .. } => "config",
            HostError::PluginOpen { .. } => "plugin_open",
            HostError::MissingEntry { .. } => "missing_entry",
            HostError::AmbiguousEntry { .. } => "ambiguous_entry",
            HostError::AbiMismatch { .. } => "abi_mismatch",
            HostError::EntryTooSmall { .. } => "entry_too_small",
            HostError::PluginMetadata { .. } => "plugin_metadata",
            HostError::PluginCreate { .. } => "plugin_create",
            HostError::Plugin { .. } => "plugin_error",
            HostError::PluginPanic { .. } => "plugin_panic",
            HostError::MalformedOutput { .. } => "malformed_output",
            HostError::TooManyClaims { .. } => "too_many_claims",
            HostError::OutputTooLarge { .. } => "output_too_large",
            HostError::PluginCrash { .. } => "plugin_crash",
            HostError::PluginTimeout { .. } => "plugin_timeout",
            HostError::WorkerStart { .. } => "worker_start",
            HostError::InsecurePlugin { .. } => "insecure_plugin",
            HostError::UnknownPlugin { .. } => "unknown_plugin",
            HostError::DuplicatePlugin { .. } => "duplicate_plugin",
        }
    }

    /// The plugin at fault, when a plugin is.
    pub fn plugin(&self) -> Option<&str> {
        match self {
            HostError::PluginCreate { plugin, .. }
            | HostError::Plugin { plugin, .. }
            | HostError::PluginPanic { plugin, .. }
            | HostError::MalformedOutput { plugin, .. }
            | HostError::TooManyClaims { plugin, .. }
            | HostError::OutputTooLarge { plugin, .. }
            | HostError::PluginCrash { plugin, .. }
            | HostError::PluginTimeout { plugin, .. }
            | HostError::WorkerStart { plugin, .. } => Some(plugin),
            _ => None,
        }
    }

    /// The error as it is recorded next to an article.
    pub fn to_problem(&self) -> Problem {
        Problem {
            plugin: self.plugin().map(str::to_owned),
            code: self.code().to_owned(),
            message: self.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_their_subject_and_codes_are_stable() {
        let cases = [
            (
                HostError::InvalidUtf8 {
                    path: "a.txt".into(),
                    offset: 7,
                },
                "invalid_utf8",
                "a.txt: invalid UTF-8 at byte 7",
            ),
            (
                HostError::Json {
                    path: "a.jsonl".into(),
                    line: Some(3),
                    message: "eof".into(),
                },
                "bad_json",
                "a.jsonl:3: bad JSON: eof",
            ),
            (
                HostError::Json {
                    path: "a.json".into(),
                    line: None,
                    message: "eof".into(),
                },
                "bad_json",
                "a.json: bad JSON: eof",
            ),
            (
                HostError::AbiMismatch {
                    path: "lib.so".into(),
                    host: 1,
                    library: 999,
                },
                "abi_mismatch",
                "plugin lib.so: incompatible ABI version: host has ABI 1, library has ABI 999 (rebuild the plugin against dateline-plugin with ABI 1)",
            ),
            (
                HostError::PluginPanic {
                    plugin: "p".into(),
                    article: "a.md".into(),
                    message: "boom".into(),
                },
                "plugin_panic",
                "plugin p panicked on a.md: boom",
            ),
        ];
        for (err, code, msg) in cases {
            assert_eq!(err.code(), code);
            assert_eq!(err.to_string(), msg);
            let problem = err.to_problem();
            assert_eq!(problem.code, code);
            assert_eq!(problem.message, msg);
        }
    }

    #[test]
    fn plugin_errors_carry_the_plugin_name() {
        let err = HostError::Plugin {
            plugin: "dates".into(),
            article: "x".into(),
            message: "m".into(),
        };
        assert_eq!(err.plugin(), Some("dates"));
        assert_eq!(err.to_problem().plugin.as_deref(), Some("dates"));
        assert_eq!(HostError::Empty { path: "x".into() }.plugin(), None);
    }
}
