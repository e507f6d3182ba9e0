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
//!
//! # A plugin loaded from a shared library. A relative path is relative to the folder
//! # of the configuration file.
//! [[load]]
//! path = "target/release/libmy_plugin.so"
//! options = { threshold = 2 }
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

/// A parsed configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    builtins: BTreeMap<String, BuiltinConfig>,
    dynamic: Vec<DynamicPlugin>,
}

/// The configuration of one compiled-in plugin.
#[derive(Debug, Clone, PartialEq)]
struct BuiltinConfig {
    enabled: bool,
    options: Value,
}

/// A plugin library to load, with the options passed to its `create`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamicPlugin {
    /// The library path, resolved against the configuration file's folder (a relative
    /// configuration path gives a relative library path).
    pub path: PathBuf,
    /// The options, a JSON object.
    pub options: Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    plugins: BTreeMap<String, RawBuiltin>,
    #[serde(default)]
    load: Vec<RawLoad>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBuiltin {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    options: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLoad {
    path: PathBuf,
    #[serde(default)]
    options: toml::Table,
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
            })
            .collect();
        Ok(Config { builtins, dynamic })
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

[[load]]
path = "/abs/libother.so"
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
        assert_eq!(
            c.dynamic(),
            [
                DynamicPlugin {
                    path: "conf/target/release/libmy_plugin.so".into(),
                    options: json!({"threshold": 2}),
                },
                DynamicPlugin {
                    path: "/abs/libother.so".into(),
                    options: json!({}),
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
                "configuration: line 1: unknown field `plugin`, expected `plugins` or `load`",
            ),
            (
                "[plugins.dates]\nenable = false\n",
                "configuration: line 2: unknown field `enable`, expected `enabled` or `options`",
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
