//! `dateline extract -o FILE [--resume]`: an output that survives being killed.
//!
//! Records are appended, one whole line per write, to a partial file beside FILE
//! (`.NAME.dateline-partial` in the same folder); when the run is done the partial file
//! is synced and renamed to FILE, so FILE itself only ever holds a finished run. A run
//! killed midway (even with `kill -9`) leaves the partial file, whose complete lines are
//! the articles already extracted. `--resume` keeps those lines, cuts off a last line
//! the kill left half-written, and extracts only the articles not in them, so the
//! finished file has every article exactly once, in input order. Resuming a finished
//! run (FILE exists, no partial file) extracts nothing new.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use dateline_plugin::CompactRecord;

use crate::extract::line_of;
use crate::{InputArgs, run_pipeline};

/// The partial file of `output`.
pub fn partial_path(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!(".{name}.dateline-partial"))
}

/// What an earlier run left: the input names of its complete records, and whether all
/// of them were clean.
struct Done {
    inputs: HashSet<String>,
    clean: bool,
}

/// Keep the complete records at the start of `file` and cut the file after them.
fn keep_complete_records(file: &mut File, name: &Path) -> Result<Done> {
    let mut done = Done {
        inputs: HashSet::new(),
        clean: true,
    };
    let mut good_len = 0u64;
    {
        let mut reader = BufReader::new(&mut *file);
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader
                .read_until(b'\n', &mut line)
                .with_context(|| format!("cannot read {}", name.display()))?;
            if n == 0 || !line.ends_with(b"\n") {
                break;
            }
            // Full and compact lines both read as a compact record.
            let Ok(record) = serde_json::from_slice::<CompactRecord>(&line) else {
                break;
            };
            let record = record.into_record();
            done.clean &= record.errors.is_empty() && record.document.is_some();
            done.inputs.insert(record.input);
            good_len += n as u64;
        }
    }
    let len = file.metadata()?.len();
    if len > good_len {
        eprintln!(
            "dateline: note: {}: dropping {} bytes after the last complete record (an interrupted write)",
            name.display(),
            len - good_len
        );
        file.set_len(good_len)
            .with_context(|| format!("cannot truncate {}", name.display()))?;
    }
    file.seek(std::io::SeekFrom::End(0))?;
    Ok(done)
}

/// Run `extract` into `output` (compact lines when `compact` is set), resuming an
/// interrupted run when `resume` is set.
pub fn extract_to_file(
    input: &InputArgs,
    output: &Path,
    resume: bool,
    compact: bool,
) -> Result<bool> {
    let partial = partial_path(output);
    let open = |truncate: bool| {
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(truncate)
            .open(&partial)
            .with_context(|| format!("cannot open {}", partial.display()))
    };
    let (mut file, done) = if resume {
        if !partial.exists() && output.exists() {
            // A finished run: continue from its content (new inputs are added).
            fs::copy(output, &partial).with_context(|| {
                format!("cannot copy {} to {}", output.display(), partial.display())
            })?;
        }
        let mut file = open(false)?;
        let done = keep_complete_records(&mut file, &partial)?;
        if !done.inputs.is_empty() {
            eprintln!(
                "dateline: resuming: {} articles already in {}",
                done.inputs.len(),
                partial.display()
            );
        }
        (file, done)
    } else {
        if partial.exists() {
            eprintln!(
                "dateline: note: {} from an interrupted run is started over (--resume continues it)",
                partial.display()
            );
        }
        let done = Done {
            inputs: HashSet::new(),
            clean: true,
        };
        (open(true)?, done)
    };
    let mut io_error = None;
    // Each line is made on the worker that extracted its article.
    let map = |record| line_of(record, compact);
    let (summary, plugins_ok) = run_pipeline(input, done.inputs, &map, &mut |line: Vec<u8>| {
        if io_error.is_some() {
            return;
        }
        // One write per record: a kill leaves at most the last line incomplete, and
        // --resume cuts that one off.
        if let Err(e) = file.write_all(&line) {
            io_error = Some(e);
        }
    })?;
    if let Some(e) = io_error {
        return Err(e).with_context(|| format!("cannot write {}", partial.display()));
    }
    file.sync_all()
        .with_context(|| format!("cannot sync {}", partial.display()))?;
    drop(file);
    fs::rename(&partial, output).with_context(|| format!("cannot replace {}", output.display()))?;
    Ok(summary.ok() && plugins_ok && done.clean)
}
