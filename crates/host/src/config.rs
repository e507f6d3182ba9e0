//! The `dateline.toml` configuration: options of the compiled-in plugins and the
//! dynamic plugins to load.
//!
//! ```toml
//! # Options of a compiled-in plugin, by name. The `options` table is passed to the
//! # plugin's `create` as a JSON object.
//! [plugins.dates]
//! enabled = true            # default true; false leaves the plugin out of the run
//! [plugins.dates.options]
//! some_option = 1
//!
//! [plugins.quotes]
//! enabled = false
//! isolation = "process"     # run it in a worker process (default "in-process")
//!
//! # A plugin loaded from a shared library. A relative path is relative to the folder
//! # of the configuration file.
//! [[load]]
//! path = "target/release/libmy_plugin.so"
//! options = { threshold = 2 }
//! isolation = "process"
//! allow_insecure = false    # true loads it even if other users could have written it
//!
//! # Limits (these are the defaults). Sizes in bytes, the memory limit in MiB.
//! [limits]
//! article_bytes = 33554432            # a file, or one article, larger than this is refused
//! line_bytes = 33554432               # a longer JSON Lines line is skipped
//! json_depth = 64                     # deeper JSON is refused (at most 127)
//! claims_per_article = 100000         # per plugin; claims past it are dropped
//! output_bytes_per_article = 67108864 # per plugin; larger output is dropped
//! plugin_timeout_secs = 60            # per article, isolated plugins only
//! plugin_memory_mb = 2048             # per worker process, isolated plugins only
//! ```
//!
//! Every section is optional. Unknown keys are errors, so that a typo (`[plugin.dates]`,
//! `enable = false`) is reported instead of silently ignored. TOML values become the
//! corresponding JSON values; dates and times become strings.
//!
//! ```
//! use std::path::Path;
//! use dateline_host::config::Config;
//!
//! let config = Config::from_toml_str(
//!     "[plugins.dates.options]\nstrict = true\n\n[[load]]\npath = \"libx.so\"\n",
//!     Path::new("conf"),
//! )
//! .unwrap();
//! assert_eq!(config.builtin_options("dates")["strict"], true);
//! assert!(config.builtin_enabled("quotes"));
//! assert_eq!(config.dynamic()[0].path, Path::new("conf/libx.so"));
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::error::HostError;
use crate::read::ReadOptions;
use crate::registry::Limits as OutputLimits;

/// A parsed configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    builtins: BTreeMap<String, BuiltinConfig>,
    dynamic: Vec<DynamicPlugin>,
    limits: Limits,
}

/// Where a plugin runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Isolation {
    /// Inside the host process: the fast default.
    #[default]
    InProcess,
    /// In worker processes, with a timeout and a memory limit.
    Process,
}

/// The `[limits]` table: what one input or one plugin may cost.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest file (or article) read, in bytes.
    pub article_bytes: u64,
    /// Longest JSON Lines line read, in bytes.
    pub line_bytes: u64,
    /// Deepest JSON nesting read.
    pub json_depth: usize,
    /// Claims per plugin and article.
    pub claims_per_article: usize,
    /// Bytes of output per plugin and article.
    pub output_bytes_per_article: u64,
    /// Seconds an isolated plugin may take on one article.
    #[serde(deserialize_with = "seconds")]
    pub plugin_timeout_secs: f64,
    /// Address space of an isolated plugin's worker process, in MiB.
    pub plugin_memory_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        let read = ReadOptions::default();
        let output = OutputLimits::default();
        Limits {
            article_bytes: read.max_bytes,
            line_bytes: read.max_line_bytes,
            json_depth: read.max_depth,
            claims_per_article: output.max_claims,
            output_bytes_per_article: output.max_output_bytes,
            plugin_timeout_secs: 60.0,
            plugin_memory_mb: 2048,
        }
    }
}

impl Limits {
    /// The reading options these limits give, with `published` as the fallback DCT.
    pub fn read_options(&self, published: Option<chrono::NaiveDate>) -> ReadOptions {
        ReadOptions {
            published,
            max_bytes: self.article_bytes,
            max_line_bytes: self.line_bytes,
            max_depth: self.json_depth,
        }
    }

    /// The limits on plugin output.
    pub fn output(&self) -> OutputLimits {
        OutputLimits {
            max_claims: self.claims_per_article,
            max_output_bytes: self.output_bytes_per_article,
        }
    }
}

/// The configuration of one compiled-in plugin.
#[derive(Debug, Clone, PartialEq)]
struct BuiltinConfig {
    enabled: bool,
    options: Value,
    isolation: Isolation,
}

/// A plugin library to load, with the options passed to its `create`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamicPlugin {
    /// The library path, resolved against the configuration file's folder (a relative
    /// configuration path gives a relative library path).
    pub path: PathBuf,
    /// The options, a JSON object.
    pub options: Value,
    /// Where it runs.
    pub isolation: Isolation,
    /// Load it even if other users could have written the file.
    pub allow_insecure: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    plugins: BTreeMap<String, RawBuiltin>,
    #[serde(default)]
    load: Vec<RawLoad>,
    #[serde(default)]
    limits: Limits,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBuiltin {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    options: toml::Table,
    #[serde(default)]
    isolation: Isolation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLoad {
    path: PathBuf,
    #[serde(default)]
    options: toml::Table,
    #[serde(default)]
    isolation: Isolation,
    #[serde(default)]
    allow_insecure: bool,
}

/// A number of seconds, written as an integer or a float.
fn seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Int(i64),
        Float(f64),
    }
    Ok(match Number::deserialize(d)? {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    })
}

fn yes() -> bool {
    true
}

impl Config {
    /// Read and parse a configuration file.
    pub fn load(path: &Path) -> Result<Config, HostError> {
        let text = std::fs::read_to_string(path).map_err(|e| HostError::Config {
            path: path.display().to_string(),
            message: format!("cannot read the configuration: {e}"),
        })?;
        let base = path.parent().unwrap_or(Path::new(""));
        Config::parse(&text, base, &path.display().to_string())
    }

    /// Parse a configuration; relative library paths are resolved against `base_dir`.
    pub fn from_toml_str(s: &str, base_dir: &Path) -> Result<Config, HostError> {
        Config::parse(s, base_dir, "configuration")
    }

    fn parse(s: &str, base_dir: &Path, name: &str) -> Result<Config, HostError> {
        let raw: RawConfig = toml::from_str(s).map_err(|e| {
            let line = e
                .span()
                .map(|sp| s[..sp.start.min(s.len())].matches('\n').count() + 1);
            HostError::Config {
                path: name.to_owned(),
                message: match line {
                    Some(line) => format!("line {line}: {}", e.message()),
                    None => e.message().to_owned(),
                },
            }
        })?;
        let builtins = raw
            .plugins
            .into_iter()
            .map(|(name, b)| {
                let options = table_to_json(b.options);
                (
                    name,
                    BuiltinConfig {
                        enabled: b.enabled,
                        options,
                        isolation: b.isolation,
                    },
                )
            })
            .collect();
        let dynamic = raw
            .load
            .into_iter()
            .map(|l| DynamicPlugin {
                path: if l.path.is_absolute() {
                    l.path
                } else {
                    base_dir.join(l.path)
                },
                options: table_to_json(l.options),
                isolation: l.isolation,
                allow_insecure: l.allow_insecure,
            })
            .collect();
        let limits = raw.limits;
        let invalid = |message: String| HostError::Config {
            path: name.to_owned(),
            message,
        };
        if !(limits.plugin_timeout_secs > 0.0 && limits.plugin_timeout_secs.is_finite()) {
            return Err(invalid(format!(
                "limits.plugin_timeout_secs must be a positive number of seconds, not {}",
                limits.plugin_timeout_secs
            )));
        }
        if limits.json_depth == 0 || limits.json_depth > crate::read::MAX_JSON_DEPTH {
            return Err(invalid(format!(
                "limits.json_depth must be between 1 and {}, not {}",
                crate::read::MAX_JSON_DEPTH,
                limits.json_depth
            )));
        }
        Ok(Config {
            builtins,
            dynamic,
            limits,
        })
    }

    /// Where compiled-in plugin `name` runs.
    pub fn builtin_isolation(&self, name: &str) -> Isolation {
        self.builtins
            .get(name)
            .map_or(Isolation::InProcess, |b| b.isolation)
    }

    /// The `[limits]` table (defaults for what it does not set).
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The options of compiled-in plugin `name` (an empty object when there are none).
    pub fn builtin_options(&self, name: &str) -> Value {
        self.builtins
            .get(name)
            .map_or_else(|| Value::Object(Default::default()), |b| b.options.clone())
    }

    /// False when the configuration disables compiled-in plugin `name`.
    pub fn builtin_enabled(&self, name: &str) -> bool {
        self.builtins.get(name).is_none_or(|b| b.enabled)
    }

    /// The names that have a `[plugins.NAME]` table, sorted; lets the caller report a
    /// name that matches no compiled-in plugin.
    pub fn builtin_names(&self) -> Vec<&str> {
        self.builtins.keys().map(String::as_str).collect()
    }

    /// The plugin libraries to load, in file order.
    pub fn dynamic(&self) -> &[DynamicPlugin] {
        &self.dynamic
    }
}

fn table_to_json(t: toml::Table) -> Value {
    Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => table_to_json(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn full_example() {
        let src = r#"
[plugins.dates]
enabled = true
[plugins.dates.options]
some_option = 1
when = 2024-04-16
nested = { list = [1, 2.5, "x"], flag = false }

[plugins.quotes]
enabled = false

[[load]]
path = "target/release/libmy_plugin.so"
options = { threshold = 2 }
isolation = "process"

[[load]]
path = "/abs/libother.so"
allow_insecure = true

[limits]
line_bytes = 1000
plugin_timeout_secs = 2.5
"#;
        let c = Config::from_toml_str(src, Path::new("conf")).unwrap();
        assert_eq!(
            c.builtin_options("dates"),
            json!({"some_option": 1, "when": "2024-04-16", "nested": {"list": [1, 2.5, "x"], "flag": false}})
        );
        assert_eq!(c.builtin_options("casualties"), json!({}));
        assert_eq!(c.builtin_options("quotes"), json!({}));
        assert!(c.builtin_enabled("dates"));
        assert!(!c.builtin_enabled("quotes"));
        assert!(c.builtin_enabled("casualties"));
        assert_eq!(c.builtin_names(), ["dates", "quotes"]);
        assert_eq!(c.builtin_isolation("dates"), Isolation::InProcess);
        assert_eq!(c.limits().line_bytes, 1000);
        assert_eq!(c.limits().plugin_timeout_secs, 2.5);
        assert_eq!(c.limits().json_depth, 64);
        assert_eq!(c.limits().read_options(None).max_line_bytes, 1000);
        assert_eq!(
            c.dynamic(),
            [
                DynamicPlugin {
                    path: "conf/target/release/libmy_plugin.so".into(),
                    options: json!({"threshold": 2}),
                    isolation: Isolation::Process,
                    allow_insecure: false,
                },
                DynamicPlugin {
                    path: "/abs/libother.so".into(),
                    options: json!({}),
                    isolation: Isolation::InProcess,
                    allow_insecure: true,
                },
            ]
        );
    }

    #[test]
    fn empty_config_is_fine() {
        let c = Config::from_toml_str("", Path::new("")).unwrap();
        assert_eq!(c, Config::default());
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let cases = [
            (
                "[plugin.dates]\n",
                "configuration: line 1: unknown field `plugin`, expected one of `plugins`, `load`, `limits`",
            ),
            (
                "[plugins.dates]\nenable = false\n",
                "configuration: line 2: unknown field `enable`, expected one of `enabled`, `options`, `isolation`",
            ),
            (
                "[[load]]\noptions = {}\n",
                "configuration: line 1: missing field `path`",
            ),
            (
                "[plugins.dates]\nenabled = \"no\"\n",
                "configuration: line 2: invalid type: string \"no\", expected a boolean",
            ),
            ("x = = 1", "configuration: line 1: "),
            (
                "[plugins.dates]\nisolation = \"thread\"\n",
                "configuration: line 2: unknown variant `thread`, expected `in-process` or `process`",
            ),
            (
                "[limits]\nclaims = 3\n",
                "configuration: line 2: unknown field `claims`",
            ),
            (
                "[limits]\njson_depth = 1000\n",
                "configuration: limits.json_depth must be between 1 and 127, not 1000",
            ),
            (
                "[limits]\nplugin_timeout_secs = 0\n",
                "configuration: limits.plugin_timeout_secs must be a positive number of seconds, not 0",
            ),
            (
                "[limits]\nplugin_timeout_secs = -1.0\n",
                "configuration: limits.plugin_timeout_secs must be a positive number of seconds, not -1",
            ),
        ];
        for (src, want) in cases {
            let err = Config::from_toml_str(src, Path::new("")).unwrap_err();
            assert_eq!(err.code(), "config");
            assert!(err.to_string().starts_with(want), "{src:?}: {err}");
        }
    }

    #[test]
    fn load_resolves_paths_against_the_file_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dateline.toml");
        std::fs::write(&path, "[[load]]\npath = \"plugins/libp.so\"\n").unwrap();
        let c = Config::load(&path).unwrap();
        assert_eq!(c.dynamic()[0].path, dir.path().join("plugins/libp.so"));
        let err = Config::load(Path::new("no/dateline.toml")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("no/dateline.toml: cannot read the configuration"),
            "{err}"
        );
    }
}
