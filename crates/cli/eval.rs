//! `dateline eval`: score one plugin, bundled or loaded, against an annotated corpus.
//!
//! The scorers (`dateline-eval`) know no plugin; this module picks the plugin under test
//! from the registry and hands the scorer a function from a document to that plugin's
//! claims, so a plugin loaded with `--plugin` is scored exactly like a bundled one.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use dateline_host::registry::{PluginInfo, Registry};
use dateline_plugin::{Claim, Document};

use crate::{PluginArgs, build_registry};

#[derive(Subcommand)]
pub(crate) enum EvalCommand {
    /// TempEval-3 Task A scores of a dates plugin on TimeML (.tml) files.
    Dates {
        /// Folder of .tml files (searched recursively).
        #[arg(long, value_name = "DIR")]
        timeml: PathBuf,
        #[command(flatten)]
        common: EvalArgs,
    },
    /// Quote attribution scores on PolNeAR JSON Lines.
    Quotes {
        /// PolNeAR JSON Lines file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        #[command(flatten)]
        common: EvalArgs,
    },
    /// Casualty-count scores on Dateline's casualty gold (JSON Lines).
    Casualties {
        /// Gold JSON Lines file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        #[command(flatten)]
        common: EvalArgs,
    },
    /// Date F1 and ROUGE-1 of a timeline (a `--top N` digest of articles, or a timeline
    /// file) against reference timelines (JSON Lines).
    Timeline(TimelineArgs),
    /// Span and payload scores of the claims of any kind on span gold (JSON Lines), for
    /// a plugin's own kinds.
    Claims {
        /// Gold JSON Lines file (docs/writing-a-plugin.md gives the format).
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// The claim kind to score (`money`, or a built-in kind).
        #[arg(long, value_name = "KIND")]
        kind: String,
        #[command(flatten)]
        common: EvalArgs,
    },
}

#[derive(Args)]
pub(crate) struct TimelineArgs {
    /// Reference timelines: `{"date", "sentences"}` per line (one timeline), or one
    /// news-tls timeline `[[date, [sentences]], …]` per line.
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Score this timeline (the JSON of `dateline run --format json`, with or without
    /// --top) instead of building one from articles.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    timeline: Option<PathBuf>,
    /// Articles to build the timeline from (files, folders, or `-`).
    #[arg(value_name = "PATHS", required_unless_present = "timeline")]
    paths: Vec<PathBuf>,
    /// Days to keep (default: as many as each reference has).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Sentences per day (default: each reference's mean per day, rounded, at least 1).
    #[arg(long, value_name = "K")]
    top_sentences: Option<usize>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_name = "DATE", value_parser = crate::parse_date)]
    published: Option<chrono::NaiveDate>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when a figure drops below a floor, e.g. `date.f1=0.5` (repeatable).
    #[arg(long = "fail-under", value_name = "METRIC=VALUE", value_parser = parse_floor)]
    fail_under: Vec<(String, f64)>,
    #[command(flatten)]
    plugins: PluginArgs,
}

#[derive(Args)]
pub(crate) struct EvalArgs {
    /// The plugin to score (default: the one loaded with --plugin that emits the kind,
    /// else the bundled one).
    #[arg(long = "with", value_name = "NAME")]
    with: Option<String>,
    /// Also list up to N errors.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when a figure drops below a floor, e.g. `value_f1=0.80` (repeatable).
    #[arg(long = "fail-under", value_name = "METRIC=VALUE", value_parser = parse_floor)]
    fail_under: Vec<(String, f64)>,
    #[command(flatten)]
    plugins: PluginArgs,
}

fn parse_floor(s: &str) -> Result<(String, f64), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| "expected METRIC=VALUE".to_owned())?;
    let value: f64 = value
        .parse()
        .map_err(|e| format!("bad value {value:?}: {e}"))?;
    Ok((name.trim().to_owned(), value))
}

/// Run `dateline eval`; `Ok(false)` when a plugin failed to load or a figure fell below
/// its floor.
pub(crate) fn run(cmd: EvalCommand) -> Result<bool> {
    if let EvalCommand::Timeline(args) = cmd {
        return timeline(args);
    }
    let (kind, common) = match &cmd {
        EvalCommand::Dates { common, .. } => ("time", common),
        EvalCommand::Quotes { common, .. } => ("quote", common),
        EvalCommand::Casualties { common, .. } => ("casualty", common),
        EvalCommand::Claims { kind, common, .. } => (kind.as_str(), common),
        EvalCommand::Timeline(_) => unreachable!("scored above"),
    };
    let (registry, plugins_ok) = plugin_under_test(common, kind)?;
    // Errors of the plugin under test are fatal to the document they concern: the
    // evaluator counts that document's gold as missed.
    let extract = |doc: &Document| -> Result<Vec<Claim>, String> {
        let (claims, errors) = registry.extract(doc);
        match errors.first() {
            Some(err) => Err(err.to_string()),
            None => Ok(claims),
        }
    };
    let (report, errors, figures): (String, String, serde_json::Value) = match &cmd {
        EvalCommand::Dates { timeml, .. } => {
            let r = dateline_eval::dates::evaluate_timeml(timeml, &extract)?;
            (
                r.to_string(),
                r.errors(common.errors),
                serde_json::to_value(&r)?,
            )
        }
        EvalCommand::Quotes { gold, .. } => {
            let r = dateline_eval::quotes::evaluate_polnear(gold, &extract)?;
            (
                r.to_string(),
                r.errors(common.errors),
                serde_json::to_value(&r)?,
            )
        }
        EvalCommand::Casualties { gold, .. } => {
            let r = dateline_eval::casualties::evaluate_gold(gold, &extract)?;
            (
                r.to_string(),
                r.errors(common.errors),
                serde_json::to_value(&r)?,
            )
        }
        EvalCommand::Claims { gold, kind, .. } => {
            let r = dateline_eval::claims::evaluate_claims(gold, kind, &extract)?;
            (
                r.to_string(),
                r.errors(common.errors),
                serde_json::to_value(&r)?,
            )
        }
        EvalCommand::Timeline(_) => unreachable!("scored above"),
    };
    if common.json {
        println!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        print!("{report}");
        if common.errors > 0 {
            print!("{errors}");
        }
    }
    Ok(plugins_ok & check_floors(&figures, &common.fail_under)?)
}

/// False (after saying so) when a figure of the report is below its floor.
fn check_floors(figures: &serde_json::Value, floors: &[(String, f64)]) -> Result<bool> {
    let mut ok = true;
    for (metric, floor) in floors {
        let value = find_metric(figures, metric)
            .with_context(|| format!("the report has no numeric figure named {metric:?}"))?;
        if value < *floor {
            eprintln!("dateline: eval: {metric} = {value:.4} is below the floor {floor:.4}");
            ok = false;
        }
    }
    Ok(ok)
}

/// `dateline eval timeline`: build (or read) the system timeline and score it against
/// every reference. A digest is built for each reference with as many days as it has
/// and its mean number of sentences per day, unless --top and --top-sentences say
/// otherwise, as the timeline-summarisation literature scores.
fn timeline(args: TimelineArgs) -> Result<bool> {
    use dateline_eval::timeline::{read_references, report, score};
    let references = read_references(&args.gold)?;
    let mut ok = true;
    let full = match &args.timeline {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let t: dateline_timeline::Timeline = serde_json::from_str(&text)
                .with_context(|| format!("{}: not a Dateline timeline (JSON)", path.display()))?;
            if t.schema != dateline_timeline::SCHEMA {
                bail!(
                    "{}: schema {:?}, this dateline reads {:?}",
                    path.display(),
                    t.schema,
                    dateline_timeline::SCHEMA
                );
            }
            t
        }
        None => {
            let input = crate::InputArgs {
                paths: args.paths.clone(),
                published: args.published,
                jobs: args.jobs,
                plugins: args.plugins.clone(),
            };
            let (timeline, built_ok) = crate::build_timeline(&input)?;
            ok &= built_ok;
            timeline
        }
    };
    let scores = references
        .iter()
        .map(|reference| {
            // A timeline read from a file is scored as it is; one built here gets a
            // digest the size of the reference.
            let system = if args.timeline.is_some() && args.top.is_none() {
                full.day_summaries()
            } else {
                let sentences: usize = reference.values().map(Vec::len).sum();
                let mean = (sentences as f64 / reference.len().max(1) as f64).round() as usize;
                let opts = dateline_timeline::DigestOptions {
                    top: args.top.unwrap_or(reference.len()),
                    sentences: args.top_sentences.unwrap_or(mean.max(1)),
                };
                dateline_timeline::digest(&full, &opts).day_summaries()
            };
            score(&system, reference)
        })
        .collect();
    let r = report(scores);
    let figures = serde_json::to_value(&r)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        print!("{r}");
    }
    Ok(ok & check_floors(&figures, &args.fail_under)?)
}

/// A registry holding only the plugin to score, and whether every plugin loaded.
///
/// `--with NAME` names it among all the plugins a run would have. Without it, a library
/// given with `--plugin` that emits the kind is scored on its own (so it may even share
/// its name with a bundled plugin, as a bundled plugin built as a library does);
/// without either, the first plugin of the run that emits the kind.
fn plugin_under_test(common: &EvalArgs, kind: &str) -> Result<(Registry, bool)> {
    if common.with.is_none() && !common.plugins.plugins.is_empty() {
        let mut infos = Vec::new();
        for path in &common.plugins.plugins {
            infos.push(Registry::inspect(path)?);
        }
        let path = &common.plugins.plugins[pick_loaded(&infos, kind)?];
        let mut registry = Registry::new();
        registry.load(path, &serde_json::Value::Object(Default::default()))?;
        return Ok((registry, true));
    }
    let (mut registry, plugins_ok) = build_registry(&common.plugins)?;
    let name = match &common.with {
        Some(name) => name.clone(),
        None => first_of_kind(&registry.infos(), kind)?,
    };
    registry.retain_only(std::slice::from_ref(&name))?;
    Ok((registry, plugins_ok))
}

/// The one loaded library that emits `kind`, by its index in `infos`.
fn pick_loaded(infos: &[PluginInfo], kind: &str) -> Result<usize> {
    let emits: Vec<usize> = (0..infos.len())
        .filter(|&i| infos[i].kinds.iter().any(|k| k == kind))
        .collect();
    match emits.as_slice() {
        [one] => Ok(*one),
        [] => bail!(
            "no plugin loaded with --plugin emits {kind:?} claims (loaded: {})",
            describe(infos.iter())
        ),
        several => bail!(
            "several plugins loaded with --plugin emit {kind:?} claims ({}); choose one \
             with --with NAME",
            describe(several.iter().map(|&i| &infos[i]))
        ),
    }
}

/// The first plugin of a run that emits `kind`.
fn first_of_kind(infos: &[PluginInfo], kind: &str) -> Result<String> {
    infos
        .iter()
        .find(|i| i.kinds.iter().any(|k| k == kind))
        .map(|i| i.name.clone())
        .with_context(|| {
            format!(
                "no plugin emits {kind:?} claims (the run has {}); load one with --plugin PATH",
                describe(infos.iter())
            )
        })
}

/// `name (kinds) from origin`, comma-separated.
fn describe<'a>(infos: impl Iterator<Item = &'a PluginInfo>) -> String {
    infos
        .map(|i| format!("{} ({}) from {}", i.name, i.kinds.join(", "), i.origin))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Find a figure in a report by a dotted path (`overall.value_f1`), from the top of the
/// report or, failing that, from the first field named like its first part anywhere in
/// the report (so `rouge1_concat.f1` finds `overall.rouge1_concat.f1`, and `value_f1`
/// the first `value_f1`).
fn find_metric(report: &serde_json::Value, metric: &str) -> Option<f64> {
    let parts: Vec<&str> = metric.split('.').collect();
    fn follow(node: &serde_json::Value, path: &[&str]) -> Option<f64> {
        path.iter()
            .try_fold(node, |n, part| n.get(part))
            .and_then(serde_json::Value::as_f64)
    }
    fn search(v: &serde_json::Value, path: &[&str]) -> Option<f64> {
        match v {
            serde_json::Value::Object(map) => map
                .get(path[0])
                .and_then(|x| follow(x, &path[1..]))
                .or_else(|| map.values().find_map(|x| search(x, path))),
            serde_json::Value::Array(items) => items.iter().find_map(|x| search(x, path)),
            _ => None,
        }
    }
    follow(report, &parts).or_else(|| search(report, &parts))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use dateline_host::registry::Origin;

    fn info(name: &str, kinds: &[&str], origin: &str) -> PluginInfo {
        PluginInfo {
            name: name.to_owned(),
            version: "1.0.0".to_owned(),
            abi_version: 1,
            kinds: kinds.iter().map(|k| (*k).to_owned()).collect(),
            description: String::new(),
            origin: match origin {
                "builtin" => Origin::Builtin,
                path => Origin::Path(Path::new(path).to_path_buf()),
            },
        }
    }

    #[test]
    fn the_loaded_plugin_of_the_kind_is_scored() {
        let loaded = [
            info("money", &["money"], "libmoney.so"),
            info("mydates", &["time", "holiday"], "libmydates.so"),
        ];
        assert_eq!(pick_loaded(&loaded, "time").unwrap(), 1);
        assert_eq!(pick_loaded(&loaded, "money").unwrap(), 0);
        let none = pick_loaded(&loaded, "quote").unwrap_err().to_string();
        assert_eq!(
            none,
            "no plugin loaded with --plugin emits \"quote\" claims (loaded: money (money) \
             from libmoney.so; mydates (time, holiday) from libmydates.so)"
        );
        let two = [
            info("a", &["time"], "liba.so"),
            info("b", &["time"], "libb.so"),
        ];
        let several = pick_loaded(&two, "time").unwrap_err().to_string();
        assert!(several.contains("choose one with --with NAME"), "{several}");
    }

    #[test]
    fn without_a_loaded_plugin_the_first_of_the_kind_is_scored() {
        let run = [
            info("dates", &["time"], "builtin"),
            info("casualties", &["casualty", "casualty_total"], "builtin"),
            info("other-dates", &["time"], "libother.so"),
        ];
        assert_eq!(first_of_kind(&run, "time").unwrap(), "dates");
        assert_eq!(first_of_kind(&run, "casualty_total").unwrap(), "casualties");
        let none = first_of_kind(&run, "money").unwrap_err().to_string();
        assert!(none.ends_with("load one with --plugin PATH"), "{none}");
    }

    #[test]
    fn figures_are_found_by_path_or_by_name() {
        let report = serde_json::json!({
            "by_tag": {"a": {"gold": 3}},
            "scores": {"relaxed_f1": 0.5, "payload_f1": 0.25},
        });
        assert_eq!(find_metric(&report, "scores.payload_f1"), Some(0.25));
        assert_eq!(find_metric(&report, "relaxed_f1"), Some(0.5));
        assert_eq!(find_metric(&report, "scores.missing"), None);
        assert_eq!(
            parse_floor("payload_f1=0.9"),
            Ok(("payload_f1".to_owned(), 0.9))
        );
        assert!(parse_floor("payload_f1").is_err());
    }
}
