//! The `dateline` binary: thin glue between the command line, the host pipeline, the
//! timeline renderers and the evaluators.
//!
//! Exit codes: 0 when everything went well, 1 when some article or plugin failed (the
//! rest of the output is still written), 2 for usage errors and for failures that stop
//! the run before it starts (unreadable configuration, output that cannot be written).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use dateline_host::config::{Config, Isolation};
use dateline_host::pipeline::{self, Progress, RunOptions, RunSummary};
use dateline_host::read::ReadOptions;
use dateline_host::registry::Registry;
use dateline_plugin::ArticleRecord;

/// mimalloc instead of the system allocator: the timeline is built from millions of small
/// strings, made on worker threads and freed or reused on others, where glibc's
/// per-thread arenas kept a fifth more memory at the peak.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod eval;
mod extract;
mod isolation;
mod output;
mod resume;

/// Turn news articles into one chronological timeline of claims: dates, casualty
/// counts and quotes, each with where it came from.
#[derive(Parser)]
#[command(name = "dateline", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract claims from articles and print the merged timeline.
    Run(RunArgs),
    /// Extract claims and write one JSON line per article (the map step).
    Extract(ExtractArgs),
    /// Build the timeline from `extract` output (the reduce step).
    Merge(MergeArgs),
    /// List the plugins that would run: name, version, ABI, kinds and origin.
    Plugins(PluginsArgs),
    /// Score a plugin against an annotated corpus.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Serve one plugin to an isolating host over standard input and output (internal).
    #[command(hide = true)]
    PluginWorker(isolation::WorkerArgs),
}

/// Options that choose and configure the plugins.
#[derive(Args, Clone)]
struct PluginArgs {
    /// Configuration file (default: ./dateline.toml when it exists).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Load a plugin from a shared library (repeatable).
    #[arg(long = "plugin", value_name = "PATH")]
    plugins: Vec<PathBuf>,
    /// Run only these plugins (comma-separated names).
    #[arg(long, value_name = "NAME,…", value_delimiter = ',')]
    only: Vec<String>,
    /// Run every plugin in this mode, whatever dateline.toml says: `process` runs each
    /// in worker processes with a timeout and a memory limit (docs/reliability.md).
    #[arg(long, value_enum, value_name = "MODE")]
    isolation: Option<isolation::Mode>,
    /// Load plugin files even when other users could have written them.
    #[arg(long)]
    allow_insecure_plugins: bool,
}

/// Options shared by the commands that read articles.
#[derive(Args)]
struct InputArgs {
    /// Article files or folders (plain text, Markdown with +++ front matter, JSON, JSON
    /// Lines); `-` reads JSON Lines from standard input.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Worker threads (default: all cores). Output does not depend on it.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    plugins: PluginArgs,
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    view: ViewArgs,
}

/// Options that choose what timeline is written, and how.
#[derive(Args)]
struct ViewArgs {
    /// Output format (default: the one the --output file name asks for, else md).
    #[arg(long, short = 'f', value_enum)]
    format: Option<Format>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Keep only the N days best supported by distinct sources and claims.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// With --top: at most this many sentences (events) per day.
    #[arg(long, value_name = "K", default_value_t = 2, requires = "top")]
    top_sentences: usize,
    /// With JSON output: write it without indentation or spaces, for programs. The
    /// same document as the indented one, about two fifths smaller and faster to write
    /// and to read.
    #[arg(long)]
    compact: bool,
}

impl ViewArgs {
    /// The format asked for: `--format`, else the one the output file's name asks for,
    /// else Markdown.
    fn format(&self) -> dateline_timeline::Format {
        self.format
            .map(dateline_timeline::Format::from)
            .or_else(|| {
                self.output
                    .as_deref()
                    .and_then(dateline_timeline::Format::from_path)
            })
            .unwrap_or(dateline_timeline::Format::Markdown)
    }

    /// Refuse options that do not go together, before any article is read.
    fn check(&self) -> Result<()> {
        let format = self.format();
        if self.compact && format != dateline_timeline::Format::Json {
            bail!(
                "--compact applies to the canonical JSON (--format json), not to --format {}",
                format.name()
            );
        }
        Ok(())
    }
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write to this file instead of standard output: each article's line is written
    /// whole or not at all, and the file appears under its name when the run is done.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write compact records: only the paragraphs that hold claims, not the whole text
    /// (`merge` gives the same timeline).
    #[arg(long)]
    compact: bool,
    /// Continue a run that was interrupted: keep the articles already written to the
    /// --output file (or its partial file) and extract only the others.
    #[arg(long, requires = "output")]
    resume: bool,
}

#[derive(Args)]
struct MergeArgs {
    /// JSON Lines files written by `dateline extract`, in any order.
    #[arg(required = true, value_name = "PARTS")]
    parts: Vec<PathBuf>,
    /// Threads for building the timeline (default: all cores). Output does not depend
    /// on it.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    view: ViewArgs,
}

#[derive(Args)]
struct PluginsArgs {
    #[command(flatten)]
    plugins: PluginArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Markdown, for people.
    Md,
    /// The canonical JSON (docs/output-format.md).
    Json,
    /// One row per claim, for spreadsheets.
    Csv,
    /// TimelineJS 3 JSON.
    Timelinejs,
    /// The columns of the TimelineJS Google-Sheet template.
    TimelinejsCsv,
    /// One self-contained page that opens offline.
    Html,
}

impl From<Format> for dateline_timeline::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Md => dateline_timeline::Format::Markdown,
            Format::Json => dateline_timeline::Format::Json,
            Format::Csv => dateline_timeline::Format::Csv,
            Format::Timelinejs => dateline_timeline::Format::TimelineJs,
            Format::TimelinejsCsv => dateline_timeline::Format::TimelineJsCsv,
            Format::Html => dateline_timeline::Format::Html,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => cmd_run(args),
        Command::Extract(args) => extract::cmd_extract(args),
        Command::Merge(args) => cmd_merge(args),
        Command::Plugins(args) => cmd_plugins(args),
        Command::Eval(cmd) => eval::run(cmd),
        Command::PluginWorker(args) => return isolation::serve(&args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => {
            eprintln!("dateline: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// The registry the plugin options describe, plus the plugins that failed to load.
///
/// A plugin that cannot be loaded is reported and left out: the run goes on with the
/// others, and the exit code says something failed.
fn build_registry(args: &PluginArgs) -> Result<(Registry, bool)> {
    let config = load_config(args)?;
    let mut registry = Registry::new();
    registry.set_limits(config.limits().output());
    let process = isolation::process_options(config.limits())?;
    let mut ok = true;
    let mut report = |result: Result<(), dateline_host::error::HostError>| {
        if let Err(err) = result {
            eprintln!("dateline: error: {err}");
            ok = false;
        }
    };
    // The bundled names are taken from the plugins' manifests as they are registered,
    // so the list that checks the configuration cannot drift from the plugins.
    let mut bundled: Vec<&str> = Vec::new();
    macro_rules! builtin {
        ($ty:ty) => {{
            let name = <$ty as dateline_plugin::Extractor>::MANIFEST.name;
            bundled.push(name);
            if config.builtin_enabled(name) {
                let options = config.builtin_options(name);
                report(
                    match isolation::mode(args, config.builtin_isolation(name)) {
                        Isolation::InProcess => registry.add_builtin::<$ty>(&options),
                        Isolation::Process => {
                            registry.add_builtin_isolated::<$ty>(&options, &process)
                        }
                    },
                );
            }
        }};
    }
    builtin!(dateline_dates::Dates);
    builtin!(dateline_casualties::Casualties);
    builtin!(dateline_quotes::Quotes);
    // A table for a plugin that is not compiled in is a typo or a stale config: say so
    // rather than silently ignoring the options.
    if let Some(unknown) = config
        .builtin_names()
        .into_iter()
        .find(|n| !bundled.contains(n))
    {
        bail!(
            "the configuration sets options for {unknown:?}, which is not a bundled plugin \
             (bundled: {}); options of a loaded plugin go in its [[load]] table",
            bundled.join(", ")
        );
    }
    for plugin in config.dynamic() {
        let load = isolation::load_options(args, plugin.isolation, plugin.allow_insecure, &process);
        report(registry.load_with(&plugin.path, &plugin.options, &load));
    }
    let empty = serde_json::Value::Object(Default::default());
    for path in &args.plugins {
        let load = isolation::load_options(args, Isolation::InProcess, false, &process);
        report(registry.load_with(path, &empty, &load));
    }
    if !args.only.is_empty() {
        registry.retain_only(&args.only)?;
    }
    Ok((registry, ok))
}

/// The configuration the plugin options name (default: ./dateline.toml when it exists).
fn load_config(args: &PluginArgs) -> Result<Config> {
    Ok(match &args.config {
        Some(path) => Config::load(path)?,
        None if Path::new("dateline.toml").is_file() => Config::load(Path::new("dateline.toml"))?,
        None => Config::default(),
    })
}

/// Run the pipeline over the inputs: each record goes through `map` on a worker thread,
/// and what it made to `sink`, in input order. Problems are printed in input order. The
/// articles whose input name is in `skip` are left out (`extract --resume`).
fn run_pipeline<T: Send>(
    input: &InputArgs,
    skip: std::collections::HashSet<String>,
    map: &(dyn Fn(ArticleRecord) -> T + Sync),
    sink: &mut dyn FnMut(T),
) -> Result<(RunSummary, bool)> {
    let (registry, plugins_ok) = build_registry(&input.plugins)?;
    if registry.is_empty() {
        bail!("no plugin to run");
    }
    let read: ReadOptions = load_config(&input.plugins)?
        .limits()
        .read_options(input.published);
    let opts = RunOptions {
        jobs: input.jobs,
        read,
        skip,
    };
    let bar = progress_bar();
    let progress = |p: Progress| {
        if let Some(bar) = &bar {
            bar.set_length(p.total_files as u64);
            bar.set_position(p.done as u64);
        }
    };
    let map_with_problems = |record: ArticleRecord| {
        let problems: Vec<String> = record.errors.iter().map(|p| p.message.clone()).collect();
        (problems, map(record))
    };
    let mut print_and_sink = |(problems, item): (Vec<String>, T)| {
        for message in problems {
            if let Some(bar) = &bar {
                bar.suspend(|| eprintln!("dateline: error: {message}"));
            } else {
                eprintln!("dateline: error: {message}");
            }
        }
        sink(item);
    };
    let summary = pipeline::run_mapped(
        &registry,
        &input.paths,
        &opts,
        &progress,
        &map_with_problems,
        &mut print_and_sink,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok((summary, plugins_ok))
}

/// A progress bar on stderr, only when a person is watching it.
fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {eta}")
            .expect("the progress template is valid"),
    );
    Some(bar)
}

fn cmd_run(args: RunArgs) -> Result<bool> {
    args.view.check()?;
    let (builder, ok) = collect_records(&args.input)?;
    write_timeline(builder, args.input.jobs, &args.view)?;
    Ok(ok)
}

/// Run the pipeline and build the timeline as the records come: each is reduced to what
/// the timeline keeps of it on the worker that made it, so memory holds the claims and
/// their sentences, not every article's text. `true` when nothing failed.
fn build_timeline(input: &InputArgs) -> Result<(dateline_timeline::Timeline, bool)> {
    let (builder, ok) = collect_records(input)?;
    Ok((on_pool(input.jobs, || builder.finish()), ok))
}

/// Run the pipeline, each record reduced on its worker to what the timeline keeps of it
/// (see [`build_timeline`]), and hand back the builder that holds them.
fn collect_records(input: &InputArgs) -> Result<(dateline_timeline::TimelineBuilder, bool)> {
    let mut builder = dateline_timeline::TimelineBuilder::new();
    let (summary, plugins_ok) = run_pipeline(
        input,
        Default::default(),
        &dateline_timeline::PreparedRecord::new,
        &mut |r| builder.add_prepared(r),
    )?;
    Ok((builder, summary.ok() && plugins_ok))
}

/// Build and write the timeline as the view options say (a digest of it with --top),
/// on a pool of `jobs` threads.
///
/// The JSON of a whole timeline is written while its later events are still being made,
/// each event dropped once written: on a large set that JSON is several times the input,
/// and holding it, or every event, was much of the peak memory of `run`. The other
/// formats and `--top` need the whole timeline first.
fn write_timeline(
    builder: dateline_timeline::TimelineBuilder,
    jobs: usize,
    view: &ViewArgs,
) -> Result<()> {
    let format = view.format();
    let layout = if view.compact {
        dateline_timeline::JsonLayout::Compact
    } else {
        dateline_timeline::JsonLayout::Pretty
    };
    if format == dateline_timeline::Format::Json && view.top.is_none() {
        return output::write(view.output.as_deref(), |w| {
            on_pool(jobs, || builder.write_json(&mut *w, layout))?;
            w.write_all(b"\n")
        });
    }
    let mut timeline = on_pool(jobs, || builder.finish());
    if let Some(top) = view.top {
        let opts = dateline_timeline::DigestOptions {
            top,
            sentences: view.top_sentences,
        };
        timeline = dateline_timeline::digest(&timeline, &opts);
    }
    let written = match format {
        dateline_timeline::Format::Json => output::write(view.output.as_deref(), |w| {
            dateline_timeline::write_json(w, &timeline, layout)
        }),
        other => {
            let text = dateline_timeline::render(&timeline, other);
            output::write(view.output.as_deref(), |w| w.write_all(text.as_bytes()))
        }
    };
    // The timeline is the last large thing the process holds and the process ends when
    // it is written: freeing its millions of strings one by one took a tenth of a large
    // run's time for memory the system takes back at exit anyway.
    std::mem::forget(timeline);
    written
}

/// The reduce step: the records of several `extract` runs, in any order, make the same
/// timeline as one run over all the inputs (the timeline puts records in canonical
/// order, and counts an article extracted twice once).
fn cmd_merge(args: MergeArgs) -> Result<bool> {
    args.view.check()?;
    let mut builder = dateline_timeline::TimelineBuilder::new();
    // The problems recorded at extraction time still count: a merged timeline of a run
    // that had failures is as incomplete as the run was.
    let mut ok = true;
    extract::read_parts(&args.parts, &mut |record| {
        let record = dateline_timeline::PreparedRecord::new(record);
        ok &= record.is_clean();
        builder.add_prepared(record);
    })?;
    write_timeline(builder, args.jobs, &args.view)?;
    Ok(ok)
}

/// Run `work` (building a timeline) on a pool of `jobs` threads (all cores for 0): the
/// timeline's steps run in parallel, with the same result on any number of threads.
/// When the system gives no threads, it runs on this one.
fn on_pool<T: Send>(jobs: usize, work: impl FnOnce() -> T + Send) -> T {
    match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("dateline-timeline-{i}"))
        .build()
    {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}

fn cmd_plugins(args: PluginsArgs) -> Result<bool> {
    let (registry, ok) = build_registry(&args.plugins)?;
    let infos = registry.infos();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&infos)?);
    } else {
        println!(
            "{:<12} {:<9} {:<4} {:<24} ORIGIN",
            "NAME", "VERSION", "ABI", "KINDS"
        );
        for info in &infos {
            println!(
                "{:<12} {:<9} {:<4} {:<24} {}",
                info.name,
                info.version,
                info.abi_version,
                info.kinds.join(","),
                info.origin,
            );
        }
    }
    Ok(ok)
}
