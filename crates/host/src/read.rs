//! Article readers: plain text, text/Markdown with TOML front matter, JSON and JSON
//! Lines.
//!
//! | Format | Recognized by | Title | Text | Metadata |
//! |---|---|---|---|---|
//! | plain text | any other extension | first non-empty line | the rest | none |
//! | front matter | text starting with a `+++` line | `title` | after the closing `+++` | `title`, `published` or `date`, `source`, `url`, `id` |
//! | JSON | `.json` (one object or an array of objects) | `title` | `text`, `body`, `maintext` or `content` | `published`, `date`, `date_publish`, `dct` or `pubdate`; `source`, `source_domain` or `outlet`; `url`; `id` |
//! | JSON Lines | `.jsonl`, `.ndjson` (one object per line) | as JSON | as JSON | as JSON |
//!
//! The document creation time (DCT) comes from the article's own date field, else
//! from a `YYYY-MM-DD` prefix of the file name (`2024-04-16-strike.md`), else from
//! [`ReadOptions::published`], else it is unknown. An article date that cannot be read is
//! reported as [`HostError::BadDate`] next to the document, which is then processed
//! without a DCT. Dates may be written `2024-04-16`, `2024-04-16T10:00:00Z`,
//! `2024-04-16 10:00:00`, in RFC 3339 or RFC 2822; the calendar date as written is kept.
//!
//! The text is kept byte for byte (a UTF-8 byte order mark is dropped), so offsets are
//! byte offsets into [`Document::text`].

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline_plugin::Document;
use serde_json::{Map, Value};

use crate::error::HostError;
use crate::segment::segment_document;

/// How articles are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The DCT of articles that give none themselves (neither in a field nor in the
    /// file name).
    pub published: Option<NaiveDate>,
    /// Files larger than this are refused.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            published: None,
            max_bytes: 32 * 1024 * 1024,
        }
    }
}

/// One article read from an input (or the failure to read an input).
#[derive(Debug)]
pub struct ReadResult {
    /// The input name: the path as given, with `#N` for the N-th (1-based) article of a
    /// JSON Lines file or JSON array.
    pub input: String,
    /// The segmented document; `None` when the input could not be read at all.
    pub document: Option<Document>,
    /// What went wrong; beside a document these are problems that did not stop it.
    pub errors: Vec<HostError>,
}

impl ReadResult {
    fn failed(input: String, error: HostError) -> Self {
        ReadResult {
            input,
            document: None,
            errors: vec![error],
        }
    }
}

/// File extensions taken when walking a folder.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text", "json", "jsonl", "ndjson"];

/// Turn files and folders into the list of files to read, in a deterministic order.
///
/// Files are taken as given, whatever their extension. Folders are walked recursively
/// for files with an article extension (`.txt .md .markdown .text .json .jsonl
/// .ndjson`), skipping hidden entries and symbolic links to folders, and sorted by
/// path. Paths keep the form they were given in: a relative path stays relative.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf, HostError>> {
    let mut out = Vec::new();
    for path in paths {
        if is_stdin(path) {
            out.push(Ok(path.clone()));
            continue;
        }
        match fs::metadata(path) {
            Err(e) => out.push(Err(io_error(path, e))),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut errors = Vec::new();
                walk(path, &mut found, &mut errors);
                found.sort();
                out.extend(found.into_iter().map(Ok));
                out.extend(errors.into_iter().map(Err));
            }
            Ok(_) => out.push(Ok(path.clone())),
        }
    }
    out
}

/// The name that stands for standard input, read as JSON Lines.
pub const STDIN: &str = "-";

/// True when `path` is [`STDIN`].
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<HostError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(io_error(dir, e));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(io_error(dir, e));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            walk(&path, found, errors);
        } else if (file_type.is_file() || path.is_file()) && has_article_extension(&path) {
            // Symbolic links to files are followed; links to folders are not, so a
            // link cycle cannot make the walk endless.
            found.push(path);
        }
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn io_error(path: &Path, e: std::io::Error) -> HostError {
    let path = path.display().to_string();
    if e.kind() == std::io::ErrorKind::NotFound {
        HostError::NotFound { path }
    } else {
        HostError::Unreadable { path, source: e }
    }
}

/// Read every article of one file.
///
/// A file that cannot be read as a whole gives one result with no document. Never
/// panics on bad input.
pub fn read_file(path: &Path, opts: &ReadOptions) -> Vec<ReadResult> {
    let input = path.display().to_string();
    let text = match load_text(path, &input, opts) {
        Ok(text) => text,
        Err(e) => return vec![ReadResult::failed(input, e)],
    };
    let file_date = date_from_file_name(path);
    let ctx = Ctx {
        input: &input,
        fallback_date: file_date.or(opts.published),
    };
    let mut results = match Format::of(path) {
        Format::Json => read_json(&ctx, &text),
        Format::JsonLines => read_json_lines(&ctx, &text),
        Format::Text => vec![read_text(&ctx, &text)],
    };
    if results.is_empty() {
        // An empty JSON array: say so rather than produce nothing for the input.
        results.push(ReadResult::failed(
            input.clone(),
            HostError::Empty { path: input },
        ));
    }
    for r in &mut results {
        if let Some(doc) = &mut r.document {
            segment_document(doc);
        }
    }
    results
}

/// How a file is read, from its extension (case-insensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// Plain text, or text with TOML front matter.
    Text,
    /// `.json`: one article object or an array of them.
    Json,
    /// `.jsonl`, `.ndjson`: one article object per line.
    JsonLines,
}

impl Format {
    fn of(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => Format::Text,
        }
    }
}

/// What every article of one file shares.
struct Ctx<'a> {
    input: &'a str,
    /// The DCT from the file name or the options.
    fallback_date: Option<NaiveDate>,
}

/// Read a file into checked UTF-8 text without its byte order mark.
fn load_text(path: &Path, input: &str, opts: &ReadOptions) -> Result<String, HostError> {
    let file = fs::File::open(path).map_err(|e| io_error(path, e))?;
    let meta = file.metadata().map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(HostError::Unreadable {
            path: input.to_owned(),
            source: std::io::Error::other("is a folder"),
        });
    }
    let too_large = |size| HostError::TooLarge {
        path: input.to_owned(),
        size,
        limit: opts.max_bytes,
    };
    if meta.len() > opts.max_bytes {
        return Err(too_large(meta.len()));
    }
    // Read at most one byte past the limit, in case the file grows while it is read.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(opts.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > opts.max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(HostError::Binary {
            path: input.to_owned(),
            what: "NUL byte",
            offset,
        });
    }
    bytes.drain(..bom);
    let text = String::from_utf8(bytes).map_err(|e| HostError::InvalidUtf8 {
        path: input.to_owned(),
        offset: bom + e.utf8_error().valid_up_to(),
    })?;
    // Text never holds control characters other than tab, newlines, form feed and
    // escape; more than a few of them means the file is not text.
    let is_control =
        |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || *b == 0x7f;
    let controls = text.as_bytes().iter().filter(|b| is_control(b)).count();
    if controls > 0 && controls * 100 >= text.len() {
        let offset = bom + text.as_bytes().iter().position(is_control).unwrap_or(0);
        return Err(HostError::Binary {
            path: input.to_owned(),
            what: "control character",
            offset,
        });
    }
    if text.trim().is_empty() {
        return Err(HostError::Empty {
            path: input.to_owned(),
        });
    }
    Ok(text)
}

/// A `YYYY-MM-DD` prefix of the file name, followed by the end of the stem or a
/// separator.
fn date_from_file_name(path: &Path) -> Option<NaiveDate> {
    let name = path.file_name()?.to_str()?;
    let prefix = name.get(..10)?;
    let rest = &name[10..];
    if !(rest.is_empty() || rest.starts_with(['-', '_', '.', ' '])) {
        return None;
    }
    NaiveDate::parse_from_str(prefix, "%Y-%m-%d").ok()
}

/// Read a date as the calendar date it names.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(prefix) = s.get(..10) {
        let rest = &s[10..];
        if (rest.is_empty() || rest.starts_with(['T', 't', ' ']))
            && let Ok(d) = NaiveDate::parse_from_str(prefix, "%Y-%m-%d")
        {
            return Some(d);
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    chrono::DateTime::parse_from_rfc2822(s)
        .ok()
        .map(|dt| dt.date_naive())
}

/// Plain text, or text with TOML front matter.
fn read_text(ctx: &Ctx, text: &str) -> ReadResult {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() == "+++" {
        return read_front_matter(ctx, text, first_line_end);
    }
    // The first non-empty line is the title; the text is everything after it.
    let mut start = 0;
    let (title, body_start) = loop {
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let line = text[start..end].trim();
        if !line.is_empty() {
            break (line, (end + 1).min(text.len()));
        }
        start = end + 1;
    };
    let title = title.trim_start_matches('#').trim_start();
    let mut doc = new_document(
        ctx.input.to_owned(),
        Some(title.to_owned()),
        text[body_start..].to_owned(),
    );
    doc.published = ctx.fallback_date;
    ReadResult {
        input: ctx.input.to_owned(),
        document: Some(doc),
        errors: Vec::new(),
    }
}

fn new_document(id: String, title: Option<String>, text: String) -> Document {
    Document {
        id,
        title,
        source: None,
        url: None,
        published: None,
        text,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    }
}

/// Text whose first line is `+++`: TOML up to the next `+++` line, then the body.
fn read_front_matter(ctx: &Ctx, text: &str, first_line_end: usize) -> ReadResult {
    let fail = |line, message: String| {
        ReadResult::failed(
            ctx.input.to_owned(),
            HostError::FrontMatter {
                path: ctx.input.to_owned(),
                line,
                message,
            },
        )
    };
    let toml_start = (first_line_end + 1).min(text.len());
    let mut pos = toml_start;
    let (toml_end, body_start) = loop {
        if pos >= text.len() {
            return fail(1, "no closing `+++` line".to_owned());
        }
        let end = text[pos..].find('\n').map_or(text.len(), |p| pos + p);
        if text[pos..end].trim_end() == "+++" {
            break (pos, (end + 1).min(text.len()));
        }
        pos = end + 1;
    };
    let toml_text = &text[toml_start..toml_end];
    let table: toml::Table = match toml::from_str(toml_text) {
        Ok(t) => t,
        Err(e) => {
            // The TOML starts on line 2 of the file.
            let line = e.span().map_or(0, |s| {
                toml_text[..s.start.min(toml_text.len())]
                    .matches('\n')
                    .count()
            }) + 2;
            return fail(line, e.message().to_owned());
        }
    };
    let key_line = |key: &str| {
        toml_text
            .lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(2, |i| i + 2)
    };
    let mut fields = Map::new();
    for key in ["title", "source", "url", "id", "published", "date"] {
        let Some(value) = table.get(key) else {
            continue;
        };
        let value = match value {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) if key == "id" => i.to_string(),
            toml::Value::Datetime(d) if key == "published" || key == "date" => d.to_string(),
            other => {
                return fail(
                    key_line(key),
                    format!("`{key}` must be a string, not {}", other.type_str()),
                );
            }
        };
        fields.insert(key.to_owned(), Value::String(value));
    }
    let body = text[body_start..].to_owned();
    let mut errors = Vec::new();
    let mut doc = new_document(
        str_field(&fields, &["id"]).unwrap_or_else(|| ctx.input.to_owned()),
        str_field(&fields, &["title"]),
        body,
    );
    doc.source = str_field(&fields, &["source"]);
    doc.url = str_field(&fields, &["url"]);
    doc.published = article_date(ctx, ctx.input, &fields, &["published", "date"], &mut errors);
    if doc.text.trim().is_empty() {
        return ReadResult::failed(
            ctx.input.to_owned(),
            HostError::Empty {
                path: ctx.input.to_owned(),
            },
        );
    }
    ReadResult {
        input: ctx.input.to_owned(),
        document: Some(doc),
        errors,
    }
}

/// The first non-null string (or number) among `keys`.
fn str_field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// The DCT of an article: its own date field, else the file's fallback. An unreadable
/// date field is reported and leaves the article without a DCT.
fn article_date(
    ctx: &Ctx,
    input: &str,
    obj: &Map<String, Value>,
    keys: &[&str],
    errors: &mut Vec<HostError>,
) -> Option<NaiveDate> {
    let found = keys
        .iter()
        .find_map(|k| obj.get(*k).filter(|v| !v.is_null()).map(|v| (*k, v)));
    let Some((field, value)) = found else {
        return ctx.fallback_date;
    };
    let parsed = value.as_str().and_then(parse_date);
    if parsed.is_none() {
        errors.push(HostError::BadDate {
            input: input.to_owned(),
            field: field.to_owned(),
            value: match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        });
    }
    parsed
}

const TEXT_KEYS: &[&str] = &["text", "body", "maintext", "content"];
const DATE_KEYS: &[&str] = &["published", "date", "date_publish", "dct", "pubdate"];
const SOURCE_KEYS: &[&str] = &["source", "source_domain", "outlet"];

/// One JSON article object.
fn read_json_article(ctx: &Ctx, input: String, line: Option<usize>, value: Value) -> ReadResult {
    let Value::Object(mut obj) = value else {
        let message = match (line, input.rsplit_once('#')) {
            (None, Some((_, n))) => format!(
                "article {n}: expected an object, found {}",
                json_type(&value)
            ),
            _ => format!("expected an article object, found {}", json_type(&value)),
        };
        return ReadResult::failed(
            input,
            HostError::Json {
                path: ctx.input.to_owned(),
                line,
                message,
            },
        );
    };
    // The text is moved out of the object rather than copied: it is most of the
    // article's bytes, and no other field is read under a text key.
    let text_key = TEXT_KEYS
        .iter()
        .find(|k| obj.get(**k).is_some_and(Value::is_string));
    let Some(Value::String(text)) = text_key.and_then(|k| obj.remove(*k)) else {
        return ReadResult::failed(input.clone(), HostError::MissingText { input });
    };
    if text.trim().is_empty() {
        return ReadResult::failed(input.clone(), HostError::Empty { path: input });
    }
    let mut errors = Vec::new();
    let mut doc = new_document(
        str_field(&obj, &["id"]).unwrap_or_else(|| input.clone()),
        str_field(&obj, &["title"]),
        text,
    );
    doc.source = str_field(&obj, SOURCE_KEYS);
    doc.url = str_field(&obj, &["url"]);
    doc.published = article_date(ctx, &input, &obj, DATE_KEYS, &mut errors);
    ReadResult {
        input,
        document: Some(doc),
        errors,
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A `.json` file: one article object or an array of them. A file of several JSON
/// objects, one per line, is read as JSON Lines.
fn read_json(ctx: &Ctx, text: &str) -> Vec<ReadResult> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| read_json_article(ctx, format!("{}#{}", ctx.input, i + 1), None, v))
            .collect(),
        Ok(v) => vec![read_json_article(ctx, ctx.input.to_owned(), None, v)],
        Err(e) if e.line() > 1 && looks_like_json_lines(text) => read_json_lines(ctx, text),
        Err(e) => vec![ReadResult::failed(
            ctx.input.to_owned(),
            HostError::Json {
                path: ctx.input.to_owned(),
                line: None,
                message: e.to_string(),
            },
        )],
    }
}

/// True when the first non-empty line is a complete JSON object on its own.
fn looks_like_json_lines(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| serde_json::from_str::<Map<String, Value>>(l).is_ok())
}

/// A JSON Lines file: one article object per non-empty line.
fn read_json_lines(ctx: &Ctx, text: &str) -> Vec<ReadResult> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .enumerate()
        .map(|(n, (i, line))| read_json_line(ctx, n + 1, i + 1, line))
        .collect()
}

/// Article `n` (1-based, counting non-empty lines) of a JSON Lines file, on line `line`.
fn read_json_line(ctx: &Ctx, n: usize, line: usize, text: &str) -> ReadResult {
    let input = format!("{}#{n}", ctx.input);
    match serde_json::from_str::<ArticleValue>(text) {
        Ok(ArticleValue(v)) => read_json_article(ctx, input, Some(line), v),
        Err(e) => ReadResult::failed(
            input,
            HostError::Json {
                path: ctx.input.to_owned(),
                line: Some(line),
                message: e.to_string(),
            },
        ),
    }
}

/// Every key [`read_json_article`] reads.
fn is_article_key(key: &str) -> bool {
    TEXT_KEYS.contains(&key)
        || DATE_KEYS.contains(&key)
        || SOURCE_KEYS.contains(&key)
        || matches!(key, "id" | "title" | "url")
}

/// A JSON value read for [`read_json_article`]: an object keeps only the keys an
/// article is read from, and the values of all other keys are skipped without being
/// built. A crawl record carries much more than its article (HTML, link lists,
/// annotations), and building all of it as [`Value`]s cost more than reading the text.
/// Anything but an object is read whole, for the error message that names its type.
struct ArticleValue(Value);

impl<'de> serde::Deserialize<'de> for ArticleValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ArticleValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ArticleValue, A::Error> {
                let mut obj = Map::new();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if is_article_key(&key) {
                        obj.insert(key.into_owned(), map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(ArticleValue(Value::Object(obj)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ArticleValue, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element()? {
                    items.push(v);
                }
                Ok(ArticleValue(Value::Array(items)))
            }
            fn visit_bool<E>(self, v: bool) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::from(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::String(v.to_owned())))
            }
            fn visit_unit<E>(self) -> Result<ArticleValue, E> {
                Ok(ArticleValue(Value::Null))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// One unit of reading work, as [`Units`] hands them out.
#[derive(Debug)]
pub enum Unit {
    /// A whole file, read by [`read_file`].
    File(PathBuf),
    /// One non-empty line of a JSON Lines file, already read and checked to be UTF-8.
    Line {
        /// The file's input name.
        input: String,
        /// The article number (1-based, counting non-empty lines).
        n: usize,
        /// The line number (1-based).
        line: usize,
        /// The line's text.
        text: String,
        /// The DCT from the file name or the options.
        fallback_date: Option<NaiveDate>,
    },
    /// The end of a JSON Lines file: nothing to read, but the file is done.
    EndOfFile,
    /// An input that failed as a whole (or stopped being readable part-way).
    Failed(ReadResult),
    /// One line of a JSON Lines file that could not be read (too long, not UTF-8);
    /// the file goes on.
    FailedLine(ReadResult),
}

impl Unit {
    /// Read the unit's articles (none for [`Unit::EndOfFile`]), segmented.
    pub fn read(self, opts: &ReadOptions) -> Vec<ReadResult> {
        match self {
            Unit::File(path) => read_file(&path, opts),
            Unit::Line {
                input,
                n,
                line,
                text,
                fallback_date,
            } => {
                let ctx = Ctx {
                    input: &input,
                    fallback_date,
                };
                let mut result = read_json_line(&ctx, n, line, &text);
                if let Some(doc) = &mut result.document {
                    segment_document(doc);
                    // A line number within one stream is no stable name in a map step
                    // (each partition counts from 1): an article from standard input
                    // is named by its own id when it has one.
                    if input == STDIN && doc.id != result.input {
                        result.input = doc.id.clone();
                    }
                }
                vec![result]
            }
            Unit::EndOfFile => Vec::new(),
            Unit::Failed(result) | Unit::FailedLine(result) => vec![result],
        }
    }

    /// True when finishing this unit finishes an input file.
    pub fn ends_file(&self) -> bool {
        !matches!(self, Unit::Line { .. } | Unit::FailedLine(_))
    }
}

/// The units of work of a list of inputs, in input order.
///
/// A JSON Lines file (`.jsonl`, `.ndjson`) is read lazily, one line per unit, so a
/// crawl dump of any size streams through in bounded memory and
/// [`ReadOptions::max_bytes`] limits each article rather than the file. Every other
/// file is one unit, read whole when the unit is read.
pub struct Units {
    inputs: std::vec::IntoIter<Result<PathBuf, HostError>>,
    current: Option<LineSource>,
    opts: ReadOptions,
}

/// An open JSON Lines file being read line by line.
struct LineSource {
    reader: Box<dyn std::io::BufRead + Send>,
    input: String,
    fallback_date: Option<NaiveDate>,
    /// Lines read so far.
    line: usize,
    /// Non-empty lines (articles) read so far.
    n: usize,
}

impl Units {
    /// The units of the given inputs (as [`expand_paths`] returns them).
    pub fn new(inputs: Vec<Result<PathBuf, HostError>>, opts: &ReadOptions) -> Self {
        Units {
            inputs: inputs.into_iter(),
            current: None,
            opts: opts.clone(),
        }
    }

    /// The next unit of the open JSON Lines file; `None` when the file is finished.
    fn next_line(&mut self) -> Option<Unit> {
        use std::io::BufRead;
        let max = self.opts.max_bytes;
        let src = self.current.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let read = (&mut src.reader)
                .take(max.saturating_add(1))
                .read_until(b'\n', &mut buf);
            let path = &src.input;
            match read {
                Err(e) => {
                    let failed = Unit::Failed(ReadResult::failed(
                        path.clone(),
                        HostError::Unreadable {
                            path: path.clone(),
                            source: e,
                        },
                    ));
                    self.current = None;
                    return Some(failed);
                }
                Ok(0) => {
                    let empty = src.n == 0;
                    let input = src.input.clone();
                    self.current = None;
                    return Some(if empty {
                        Unit::Failed(ReadResult::failed(
                            input.clone(),
                            HostError::Empty { path: input },
                        ))
                    } else {
                        Unit::EndOfFile
                    });
                }
                Ok(_) => {}
            }
            src.line += 1;
            if buf.len() as u64 > max && !buf.ends_with(b"\n") {
                // Skip the rest of the over-long line so the next one is read whole.
                let mut skipped = buf.len() as u64;
                loop {
                    buf.clear();
                    match (&mut src.reader).take(1 << 20).read_until(b'\n', &mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(k) => skipped += k as u64,
                    }
                    if buf.ends_with(b"\n") {
                        break;
                    }
                }
                src.n += 1;
                let input = format!("{}#{}", src.input, src.n);
                return Some(Unit::FailedLine(ReadResult::failed(
                    input.clone(),
                    HostError::TooLarge {
                        path: input,
                        size: skipped,
                        limit: max,
                    },
                )));
            }
            if src.line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
            }
            if let Some(offset) = buf.iter().position(|&b| b == 0) {
                // A NUL byte means the file is not text: one error for the file, and
                // no point in reading the rest of it line by line.
                let failed = Unit::Failed(ReadResult::failed(
                    src.input.clone(),
                    HostError::Binary {
                        path: format!("{} line {}", src.input, src.line),
                        what: "NUL byte",
                        offset,
                    },
                ));
                self.current = None;
                return Some(failed);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            src.n += 1;
            let input = src.input.clone();
            return Some(match String::from_utf8(std::mem::take(&mut buf)) {
                Ok(text) => Unit::Line {
                    input,
                    n: src.n,
                    line: src.line,
                    text,
                    fallback_date: src.fallback_date,
                },
                Err(e) => Unit::FailedLine(ReadResult::failed(
                    format!("{input}#{}", src.n),
                    HostError::InvalidUtf8 {
                        path: format!("{input} line {}", src.line),
                        offset: e.utf8_error().valid_up_to(),
                    },
                )),
            });
        }
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if self.current.is_some() {
                if let Some(unit) = self.next_line() {
                    return Some(unit);
                }
                continue;
            }
            let path = match self.inputs.next()? {
                Ok(path) => path,
                Err(e) => {
                    let input = match &e {
                        HostError::NotFound { path } | HostError::Unreadable { path, .. } => {
                            path.clone()
                        }
                        other => other.to_string(),
                    };
                    return Some(Unit::Failed(ReadResult::failed(input, e)));
                }
            };
            if is_stdin(&path) {
                self.current = Some(LineSource {
                    reader: Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin())),
                    fallback_date: self.opts.published,
                    input: STDIN.to_owned(),
                    line: 0,
                    n: 0,
                });
                continue;
            }
            if Format::of(&path) != Format::JsonLines {
                return Some(Unit::File(path));
            }
            let input = path.display().to_string();
            match fs::File::open(&path).and_then(|f| {
                if f.metadata()?.is_dir() {
                    Err(std::io::Error::other("is a folder"))
                } else {
                    Ok(f)
                }
            }) {
                Ok(file) => {
                    self.current = Some(LineSource {
                        reader: Box::new(std::io::BufReader::new(file)),
                        fallback_date: date_from_file_name(&path).or(self.opts.published),
                        input,
                        line: 0,
                        n: 0,
                    });
                }
                Err(e) => return Some(Unit::Failed(ReadResult::failed(input, io_error(&path, e)))),
            }
        }
    }
}

#[cfg(test)]
mod tests;
