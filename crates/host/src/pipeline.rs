//! The parallel pipeline: expand the inputs, read and segment the articles, run the
//! plugins, and hand one [`ArticleRecord`] per article to a sink.
//!
//! Work runs on a dedicated rayon pool of [`RunOptions::jobs`] threads. Inputs are
//! processed in bounded chunks of [`Unit`]s (a whole file, or one line of a JSON Lines
//! file, which is read lazily): a chunk is read and extracted in parallel, then its
//! records go to the sink in input order (expansion order, then article order within a
//! file) before the next chunk starts. Memory is bounded by one chunk of articles, not
//! by the size of a file or of the set, and the records are the same, in the same order,
//! whatever the number of threads.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use dateline_plugin::ArticleRecord;
use rayon::prelude::*;

use crate::error::HostError;
use crate::read::{ReadOptions, ReadResult, Unit, Units, expand_paths};
use crate::registry::Registry;

/// How a run is done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
    /// How articles are read.
    pub read: ReadOptions,
}

/// How far a run is; reported after each input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Input files finished (read and extracted, or failed).
    pub done: usize,
    /// Input files in the run (after expanding folders).
    pub total_files: usize,
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// Records with a document (articles read and extracted).
    pub articles: usize,
    /// Records without a document (inputs or articles that could not be read).
    pub failed_inputs: usize,
    /// Problems recorded across all records.
    pub problems: usize,
}

impl RunSummary {
    /// True when nothing failed.
    pub fn ok(&self) -> bool {
        self.failed_inputs == 0 && self.problems == 0
    }
}

/// Units (files or JSON Lines articles) per chunk and per worker thread: enough to keep
/// every thread busy, few enough to keep memory small.
const UNITS_PER_THREAD: usize = 16;

/// Run every plugin of `registry` over the articles in `paths`.
///
/// `progress` is called (possibly from worker threads) after each input file; `sink`
/// receives the records in deterministic input order.
pub fn run(
    registry: &Registry,
    paths: &[PathBuf],
    opts: &RunOptions,
    progress: &(dyn Fn(Progress) + Sync),
    sink: &mut dyn FnMut(ArticleRecord),
) -> RunSummary {
    run_mapped(registry, paths, opts, progress, &|record| record, sink)
}

/// Like [`run`], but each record first goes through `map` on the worker thread that
/// extracted it, and `sink` receives what `map` made, in input order.
///
/// This is how a caller moves per-record work off the one thread that runs `sink`:
/// `dateline extract` serializes each record to its JSON line in `map`, so the sink only
/// writes bytes, and `dateline run` shrinks each record to what the timeline reads.
/// While the sink handles one chunk the workers already extract the next, so neither
/// waits for the other; at most two chunks are in flight.
pub fn run_mapped<T: Send>(
    registry: &Registry,
    paths: &[PathBuf],
    opts: &RunOptions,
    progress: &(dyn Fn(Progress) + Sync),
    map: &(dyn Fn(ArticleRecord) -> T + Sync),
    sink: &mut dyn FnMut(T),
) -> RunSummary {
    let inputs = expand_paths(paths);
    let total_files = inputs.len();
    progress(Progress {
        done: 0,
        total_files,
    });
    // Without a pool (the system refused threads) the work runs on the producer thread,
    // which gives the same records.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs)
        .thread_name(|i| format!("dateline-worker-{i}"))
        .build()
        .ok();
    let threads = pool
        .as_ref()
        .map_or(1, rayon::ThreadPool::current_num_threads);
    let chunk_size = threads * UNITS_PER_THREAD;
    let done = AtomicUsize::new(0);
    let mut summary = RunSummary::default();
    let units = Units::new(inputs, &opts.read);
    std::thread::scope(|scope| {
        // One chunk waits in the channel while the sink takes the one before it.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(Tally, T)>>(1);
        let done = &done;
        let pool = &pool;
        let producer = scope.spawn(move || {
            let mut units = units.peekable();
            while units.peek().is_some() {
                let chunk: Vec<Unit> = units.by_ref().take(chunk_size).collect();
                let process = || {
                    process_chunk(
                        registry,
                        chunk,
                        &opts.read,
                        map,
                        done,
                        total_files,
                        progress,
                    )
                };
                let records = match pool {
                    Some(pool) => pool.install(process),
                    None => process(),
                };
                if tx.send(records).is_err() {
                    // The receiving side is gone: nobody wants the rest.
                    break;
                }
            }
        });
        for records in rx {
            for (tally, item) in records {
                summary.articles += usize::from(tally.has_document);
                summary.failed_inputs += usize::from(!tally.has_document);
                summary.problems += tally.problems;
                sink(item);
            }
        }
        if let Err(panic) = producer.join() {
            std::panic::resume_unwind(panic);
        }
    });
    summary
}

/// What the summary counts of one record, taken before `map` consumes it.
struct Tally {
    has_document: bool,
    problems: usize,
}

/// Read, extract and map one chunk of units in parallel; the results keep input order.
fn process_chunk<T: Send>(
    registry: &Registry,
    chunk: Vec<Unit>,
    read: &ReadOptions,
    map: &(dyn Fn(ArticleRecord) -> T + Sync),
    done: &AtomicUsize,
    total_files: usize,
    progress: &(dyn Fn(Progress) + Sync),
) -> Vec<(Tally, T)> {
    let files_done = chunk.iter().filter(|u| u.ends_file()).count();
    // The articles of a unit are extracted in parallel too, so that a file holding
    // many articles (a JSON array) still uses every thread; rayon's collect keeps the
    // order of the input whatever thread finishes first. Reading, extracting and
    // mapping one article is one task, so a chunk waits for its slowest article once,
    // not once per stage.
    let results = chunk
        .into_par_iter()
        .flat_map(|unit| unit.read(read))
        .map(|article| {
            let record = extract(registry, article);
            let tally = Tally {
                has_document: record.document.is_some(),
                problems: record.errors.len(),
            };
            (tally, map(record))
        })
        .collect();
    if files_done > 0 {
        let done = done.fetch_add(files_done, Ordering::Relaxed) + files_done;
        progress(Progress { done, total_files });
    }
    results
}

/// Turn one read result into its record.
fn extract(registry: &Registry, read: ReadResult) -> ArticleRecord {
    let mut errors: Vec<_> = read.errors.iter().map(HostError::to_problem).collect();
    let mut claims = Vec::new();
    if let Some(doc) = &read.document {
        let (found, failures) = registry.extract_named(doc, &read.input);
        claims = found;
        errors.extend(failures.iter().map(HostError::to_problem));
    }
    ArticleRecord {
        input: read.input,
        document: read.document,
        claims,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::serde_json::{Value, json};
    use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Span};
    use std::sync::Mutex;

    /// Marks every capitalized word; fails on articles that contain "FAIL".
    struct Caps;
    impl Extractor for Caps {
        const MANIFEST: Manifest = Manifest {
            name: "caps",
            version: "0.1.0",
            description: "capitalized words",
            kinds: &["cap"],
        };
        fn create(_: &Value) -> Result<Self, PluginError> {
            Ok(Caps)
        }
        fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
            if doc.text.contains("FAIL") {
                return Err(PluginError::extract("asked to fail"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            for word in doc.text.split(|c: char| !c.is_alphanumeric()) {
                if word.starts_with(char::is_uppercase) {
                    out.push(Claim::new(
                        doc,
                        Span::new(start, start + word.len()),
                        Payload::other("cap", json!({})),
                    ));
                }
                start += word.len() + 1;
            }
            Ok(out)
        }
    }

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        for i in 0..40 {
            write(
                &format!("set/{i:02}.txt"),
                &format!("Title {i}\nRain fell on Town {i}. Then Sun came.\n"),
            );
        }
        write("set/fail.txt", "Title\nFAIL here.\n");
        write("set/empty.txt", "");
        let lines: String = (0..30)
            .map(|i| format!("{{\"text\": \"Line {i} Alpha.\", \"id\": \"l{i}\"}}\n"))
            .collect();
        write("set/feed.jsonl", &lines);
        dir
    }

    fn run_with(jobs: usize, paths: &[PathBuf]) -> (Vec<String>, RunSummary, usize) {
        let mut r = Registry::new();
        r.add_builtin::<Caps>(&json!({})).unwrap();
        let last = Mutex::new(0);
        let mut out = Vec::new();
        let summary = run(
            &r,
            paths,
            &RunOptions {
                jobs,
                read: ReadOptions::default(),
            },
            &|p| {
                let mut last = last.lock().unwrap();
                *last = (*last).max(p.done);
                assert!(p.done <= p.total_files);
            },
            &mut |rec| out.push(serde_json::to_string(&rec).unwrap()),
        );
        let last = *last.lock().unwrap();
        (out, summary, last)
    }

    #[test]
    fn records_are_identical_whatever_the_thread_count() {
        let dir = fixture();
        let paths = [dir.path().join("set"), dir.path().join("missing.txt")];
        let (one, s1, done1) = run_with(1, &paths);
        let (four, s4, done4) = run_with(4, &paths);
        assert_eq!(one, four);
        assert_eq!(s1, s4);
        assert_eq!(done1, 44);
        assert_eq!(done4, 44);
        // 40 text files, 30 JSON lines and the failing article have documents; the
        // empty and the missing file do not.
        assert_eq!(
            s1,
            RunSummary {
                articles: 71,
                failed_inputs: 2,
                problems: 3
            }
        );
        assert!(!s1.ok());
    }

    #[test]
    fn records_come_in_input_order_with_their_errors() {
        let dir = fixture();
        let paths = [dir.path().join("set"), dir.path().join("missing.txt")];
        let mut r = Registry::new();
        r.add_builtin::<Caps>(&json!({})).unwrap();
        let mut records = Vec::new();
        run(
            &r,
            &paths,
            &RunOptions {
                jobs: 3,
                ..RunOptions::default()
            },
            &|_| {},
            &mut |rec| records.push(rec),
        );
        let base = dir.path().display().to_string();
        let inputs: Vec<String> = records
            .iter()
            .map(|r| r.input.replacen(&base, "", 1))
            .collect();
        assert_eq!(inputs[0], "/set/00.txt");
        assert_eq!(inputs[39], "/set/39.txt");
        assert_eq!(inputs[40], "/set/empty.txt");
        assert_eq!(inputs[41], "/set/fail.txt");
        assert_eq!(inputs[42], "/set/feed.jsonl#1");
        assert_eq!(inputs[71], "/set/feed.jsonl#30");
        assert_eq!(inputs[72], "/missing.txt");
        assert_eq!(records[40].errors[0].code, "empty");
        assert_eq!(records[41].errors[0].code, "plugin_error");
        assert_eq!(records[41].errors[0].plugin.as_deref(), Some("caps"));
        assert!(
            records[41].errors[0]
                .message
                .ends_with("fail.txt: asked to fail")
        );
        assert_eq!(records[72].errors[0].code, "not_found");
        let texts: Vec<&str> = records[0].claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Rain", "Town", "Then", "Sun"]);
        assert_eq!(records[0].claims[2].sentence, 1);
    }
}
