//! The renderers: one module per output format, all reading the same [`Timeline`].
//!
//! Every renderer is a pure function of the timeline, so `dateline merge` writes every
//! format with exactly the bytes `dateline run` gives. Text from articles is escaped
//! for the target (Markdown, CSV cells a spreadsheet would run, HTML) by the renderer
//! that writes it.

use std::path::Path;

use crate::model::Timeline;

mod csv;
mod html;
mod markdown;
mod text;
mod timelinejs;

pub use markdown::render_markdown;

/// The CSV columns, for tests that read the output back.
#[cfg(test)]
pub(crate) fn csv_columns() -> &'static [&'static str] {
    &csv::COLUMNS
}

/// An output format of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The canonical JSON (`dateline.timeline/2`, docs/output-format.md).
    Json,
    /// Markdown, for people.
    Markdown,
    /// One row per claim, for spreadsheets.
    Csv,
    /// TimelineJS 3 JSON.
    TimelineJs,
    /// The columns of the TimelineJS Google-Sheet template.
    TimelineJsCsv,
    /// One self-contained HTML page that works offline.
    Html,
}

impl Format {
    /// Every format, in the order the documentation lists them.
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Markdown,
        Format::Csv,
        Format::TimelineJs,
        Format::TimelineJsCsv,
        Format::Html,
    ];

    /// The name used on the command line (`--format NAME`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::TimelineJs => "timelinejs",
            Format::TimelineJsCsv => "timelinejs-csv",
            Format::Html => "html",
        }
    }

    /// The file name ending that selects this format for `-o FILE`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => ".json",
            Format::Markdown => ".md",
            Format::Csv => ".csv",
            Format::TimelineJs => ".timelinejs.json",
            Format::TimelineJsCsv => ".timelinejs.csv",
            Format::Html => ".html",
        }
    }

    /// The format a file name asks for: `.json`, `.md` (or `.markdown`), `.csv`,
    /// `.html` (or `.htm`), and the two TimelineJS forms `.timelinejs.json` and
    /// `.timelinejs.csv`. `None` for any other name.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ends = |s: &str| name.ends_with(s);
        Some(if ends(".timelinejs.json") {
            Format::TimelineJs
        } else if ends(".timelinejs.csv") {
            Format::TimelineJsCsv
        } else if ends(".json") {
            Format::Json
        } else if ends(".md") || ends(".markdown") {
            Format::Markdown
        } else if ends(".csv") {
            Format::Csv
        } else if ends(".html") || ends(".htm") {
            Format::Html
        } else {
            return None;
        })
    }
}

/// How the canonical JSON is laid out. Both are the same document (the same fields in
/// the same order, the same values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonLayout {
    /// Two-space indentation, one field per line: the canonical form, for people,
    /// diffs and snapshots.
    #[default]
    Pretty,
    /// No whitespace between tokens: for programs. A timeline's JSON is several times
    /// the size of its articles' text, and indentation is about two fifths of it.
    Compact,
}

/// Write `value` to `w` as JSON in `layout`.
pub(crate) fn write_json_value<W: std::io::Write + ?Sized, T: serde::Serialize + ?Sized>(
    w: &mut W,
    value: &T,
    layout: JsonLayout,
) -> std::io::Result<()> {
    match layout {
        JsonLayout::Pretty => serde_json::to_writer_pretty(w, value),
        JsonLayout::Compact => serde_json::to_writer(w, value),
    }
    .map_err(std::io::Error::from)
}

/// Write the canonical JSON of `t` to `w` in `layout`, ending with a newline: in the
/// pretty layout, the bytes of [`render_json`], without holding them in one string.
pub fn write_json<W: std::io::Write + ?Sized>(
    w: &mut W,
    t: &Timeline,
    layout: JsonLayout,
) -> std::io::Result<()> {
    write_json_value(&mut *w, t, layout)?;
    w.write_all(b"\n")
}

/// Render the timeline in `format`.
pub fn render(t: &Timeline, format: Format) -> String {
    match format {
        Format::Json => render_json(t),
        Format::Markdown => render_markdown(t),
        Format::Csv => csv::render(t),
        Format::TimelineJs => timelinejs::render_json(t),
        Format::TimelineJsCsv => timelinejs::render_csv(t),
        Format::Html => html::render(t),
    }
}

/// Render the timeline as canonical JSON: pretty-printed with two-space indentation,
/// fields in a fixed order, ending with a newline. The first field is
/// `"schema": "dateline.timeline/2"`.
pub fn render_json(t: &Timeline) -> String {
    // The timeline holds only strings, numbers, dates and string-keyed maps, which
    // serde_json always serializes; a failure would be a bug in this crate's types.
    let mut out = serde_json::to_string_pretty(t).expect("a timeline always serializes to JSON");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_choose_formats() {
        for f in Format::ALL {
            let name = format!("out{}", f.extension());
            assert_eq!(Format::from_path(Path::new(&name)), Some(f), "{name}");
        }
        assert_eq!(Format::from_path(Path::new("a/B.HTM")), Some(Format::Html));
        assert_eq!(
            Format::from_path(Path::new("notes.markdown")),
            Some(Format::Markdown)
        );
        assert_eq!(Format::from_path(Path::new("out.txt")), None);
        assert_eq!(Format::from_path(Path::new("json")), None);
    }
}
