//! The map step's output (`dateline extract`) and the records `run` and `merge` keep in
//! memory.
//!
//! Each record is turned into its JSON line on the worker thread that extracted it, so
//! the one thread that writes only copies bytes and both cores stay busy. With
//! `--compact` the line is a [`CompactRecord`]: the record without the text no claim
//! needs, which `dateline merge` turns back into the same timeline.

use std::io::{self, BufRead};
use std::path::Path;

use anyhow::{Context, Result};
use dateline_host::read::is_stdin;
use dateline_plugin::{ArticleRecord, CompactRecord};

use crate::{ExtractArgs, output, run_pipeline};

/// The JSON line of one record (with its newline), full or compact.
pub(crate) fn line_of(record: ArticleRecord, compact: bool) -> Vec<u8> {
    let mut line = if compact {
        serde_json::to_vec(&CompactRecord::from_record(&record))
    } else {
        serde_json::to_vec(&record)
    }
    .expect("records always serialize");
    line.push(b'\n');
    line
}

/// `dateline extract`: one JSON line per article, in input order.
pub fn cmd_extract(args: ExtractArgs) -> Result<bool> {
    // A file is written line by line, so that a killed run can be resumed; a device or a
    // pipe (`/dev/null`, a FIFO) is written into in place by `output::write`.
    let special = args
        .output
        .as_deref()
        .is_some_and(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()));
    if let Some(path) = args.output.as_deref().filter(|_| !special) {
        return crate::resume::extract_to_file(&args.input, path, args.resume, args.compact);
    }
    if special && args.resume {
        anyhow::bail!("--resume needs a regular output file, not a device or pipe");
    }
    // Reading standard input makes this a filter in someone else's pipe (Spark's
    // `RDD.pipe`, Hadoop Streaming): each line goes out as soon as its chunk is done
    // instead of waiting in a buffer for the end of the stream.
    let streaming = args.input.paths.iter().any(|p| is_stdin(p));
    let compact = args.compact;
    let mut result = None;
    output::write(args.output.as_deref(), |w| {
        let mut io_error = None;
        let outcome = run_pipeline(
            &args.input,
            Default::default(),
            &|record| line_of(record, compact),
            &mut |line: Vec<u8>| {
                if io_error.is_some() {
                    return;
                }
                let written = w
                    .write_all(&line)
                    .and_then(|()| if streaming { w.flush() } else { Ok(()) });
                if let Err(e) = written {
                    io_error = Some(e);
                }
            },
        );
        if let Some(e) = io_error {
            return Err(e);
        }
        result = Some(outcome);
        Ok(())
    })?;
    let (summary, plugins_ok) = result.expect("the writer ran")?;
    Ok(summary.ok() && plugins_ok)
}

/// Read the records of `dateline extract` parts (full or compact lines), in the order
/// given, handing each to `sink` as it is read: each part is streamed line by line, so
/// memory holds one record at a time, and what the sink keeps of it.
pub fn read_parts(parts: &[std::path::PathBuf], sink: &mut dyn FnMut(ArticleRecord)) -> Result<()> {
    for part in parts {
        read_part(part, sink)?;
    }
    Ok(())
}

fn read_part(part: &Path, sink: &mut dyn FnMut(ArticleRecord)) -> Result<()> {
    let cannot_read = || format!("cannot read {}", part.display());
    let file = std::fs::File::open(part).with_context(cannot_read)?;
    let mut reader = io::BufReader::with_capacity(1 << 16, file);
    let mut line = String::new();
    let mut number = 0;
    loop {
        line.clear();
        if reader.read_line(&mut line).with_context(cannot_read)? == 0 {
            return Ok(());
        }
        number += 1;
        if line.trim().is_empty() {
            continue;
        }
        let record: CompactRecord = serde_json::from_str(&line)
            .with_context(|| format!("{}:{number}: not an extract record", part.display()))?;
        sink(record.into_record());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_plugin::{Claim, Document, Payload, Span};
    use serde_json::json;

    fn record() -> ArticleRecord {
        // A long paragraph without claims, then a short one with a claim.
        let calm = "A calm day in the valley, with the markets open and the roads quiet.";
        let text = format!("{calm}\n\nA truce began.");
        let p1 = calm.len() + 2;
        let mut doc = Document::from_text("a", text.as_str());
        doc.paragraphs = vec![Span::new(0, calm.len()), Span::new(p1, text.len())];
        doc.sentences = doc.paragraphs.clone();
        let claim_span = Span::new(p1 + 2, p1 + 7);
        let mut claim = Claim::new(&doc, claim_span, Payload::other("x", json!({})));
        claim.sentence = 1;
        ArticleRecord {
            input: "a.txt".into(),
            document: Some(doc),
            claims: vec![claim],
            errors: vec![],
        }
    }

    #[test]
    fn a_full_line_is_the_record_as_serde_writes_it() {
        let r = record();
        let line = line_of(r.clone(), false);
        assert_eq!(
            line,
            format!("{}\n", serde_json::to_string(&r).unwrap()).into_bytes()
        );
    }

    /// All the records of the parts, in order.
    fn read_all(parts: &[std::path::PathBuf]) -> Result<Vec<ArticleRecord>> {
        let mut records = Vec::new();
        read_parts(parts, &mut |r| records.push(r))?;
        Ok(records)
    }

    #[test]
    fn full_and_compact_parts_make_the_same_timeline() {
        let dir = tempfile::tempdir().unwrap();
        let full = dir.path().join("full.jsonl");
        let compact = dir.path().join("compact.jsonl");
        std::fs::write(&full, line_of(record(), false)).unwrap();
        std::fs::write(&compact, line_of(record(), true)).unwrap();
        assert!(
            std::fs::metadata(&compact).unwrap().len() < std::fs::metadata(&full).unwrap().len()
        );
        let a = read_all(&[full]).unwrap();
        let b = read_all(&[compact]).unwrap();
        assert_eq!(a[0], record());
        // The compact record keeps the claim's paragraph and blanks the rest of the text,
        // at the same offsets, so every span still reads the same.
        let doc = b[0].document.as_ref().unwrap();
        let p1 = doc.paragraphs[1].start;
        assert_eq!(doc.text, format!("{}A truce began.", " ".repeat(p1)));
        assert_eq!(b[0].claims, a[0].claims);
        let render =
            |r: &[ArticleRecord]| dateline_timeline::render_json(&dateline_timeline::build(r));
        assert_eq!(render(&a), render(&b));
    }

    #[test]
    fn a_bad_line_names_its_part_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let part = dir.path().join("p.jsonl");
        std::fs::write(&part, "\n{\"nope\": 1}\n").unwrap();
        let err = read_all(&[part]).unwrap_err();
        assert!(format!("{err:#}").contains("p.jsonl:2: not an extract record"));
    }
}
