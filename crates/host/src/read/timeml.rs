//! The TimeML reader (`.tml`): the text of `<TEXT>`, with its markup removed and its
//! entities decoded, the DCT from `<DCT>` and the title from `<TITLE>`.
//!
//! TimeML files come from annotation tools and corpora, and a truncated or hand-edited
//! one must not pass for something else: the root element, `<TEXT>` and every tag
//! inside it must be closed, and each element must close the one opened last. Any
//! other problem is one [`HostError::TimeMl`] naming the file and the line.

use dateline_plugin::Document;
use serde_json::{Map, Value};

use super::{Ctx, ReadResult, article_date, finish, new_document};
use crate::error::HostError;

/// Read one TimeML file's text.
pub(super) fn read_timeml(ctx: &Ctx, xml: &str) -> ReadResult {
    match parse(xml) {
        Ok(parsed) => {
            let mut errors = Vec::new();
            let mut fields = Map::new();
            if let Some(dct) = parsed.dct {
                fields.insert("dct".to_owned(), Value::String(dct));
            }
            let mut doc: Document = new_document(ctx.input.to_owned(), parsed.title, parsed.text);
            doc.published = article_date(ctx, ctx.input, &fields, &["dct"], &mut errors);
            finish(ctx, doc, errors)
        }
        Err((offset, message)) => ReadResult::failed(
            ctx.input.to_owned(),
            HostError::TimeMl {
                path: ctx.input.to_owned(),
                line: line_of(xml, offset),
                message,
            },
        ),
    }
}

/// What a TimeML file gives an article.
#[derive(Debug, PartialEq)]
struct Parsed {
    title: Option<String>,
    dct: Option<String>,
    text: String,
}

/// A problem and the byte offset where it is.
type Problem = (usize, String);

fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn parse(xml: &str) -> Result<Parsed, Problem> {
    let root = find_open(xml, 0, "TimeML").ok_or((0, "no <TimeML> root element".to_owned()))?;
    let root_end = find_close(xml, root.0, "TimeML").ok_or_else(|| {
        (
            xml.len(),
            "the <TimeML> element is not closed (is the file truncated?)".to_owned(),
        )
    })?;
    let inside = &xml[..root_end];
    let (text_at, text_start) = find_open(inside, root.1, "TEXT")
        .ok_or_else(|| (root.0, "no <TEXT> element inside <TimeML>".to_owned()))?;
    let text_end = find_close(inside, text_start, "TEXT").ok_or_else(|| {
        (
            text_at,
            "<TEXT> is not closed before </TimeML> (is the file truncated?)".to_owned(),
        )
    })?;
    let text = strip_markup(xml, text_start, text_end)?;
    let title = element(inside, root.1, "TITLE")
        .map(|(s, e)| strip_markup(xml, s, e))
        .transpose()?
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    let dct = element(inside, root.1, "DCT").and_then(|(s, e)| {
        let dct = &xml[s..e];
        let at = dct.find("<TIMEX3")?;
        let tag_end = dct[at..].find('>')? + at;
        attribute(&dct[at + "<TIMEX3".len()..tag_end], "value")
    });
    Ok(Parsed { title, dct, text })
}

/// The start of the first `<NAME` tag at or after `from` and the offset just past its
/// `>`.
fn find_open(xml: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let pattern = format!("<{name}");
    let mut pos = from;
    while let Some(i) = xml.get(pos..)?.find(&pattern) {
        let at = pos + i;
        let after = at + pattern.len();
        match xml.as_bytes().get(after) {
            Some(b'>') => return Some((at, after + 1)),
            Some(b) if b.is_ascii_whitespace() || *b == b'/' => {
                let end = xml[after..].find('>')? + after;
                return Some((at, end + 1));
            }
            _ => pos = after,
        }
    }
    None
}

/// The start of the first `</NAME>` at or after `from`.
fn find_close(xml: &str, from: usize, name: &str) -> Option<usize> {
    xml.get(from..)?
        .find(&format!("</{name}>"))
        .map(|i| from + i)
}

/// The content span of the first `<NAME>…</NAME>` element at or after `from`.
fn element(xml: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let (_, start) = find_open(xml, from, name)?;
    let end = find_close(xml, start, name)?;
    Some((start, end))
}

/// The value of attribute `name` inside a tag (`name="v"` or `name='v'`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let close = after[1..].find(quote)? + 1;
        if key == name {
            let mut out = String::new();
            decode_entities(&after[1..close], &mut out);
            return Some(out);
        }
        rest = &after[close + 1..];
    }
}

/// The text of `xml[start..end]` with tags and comments removed and entities decoded;
/// every element opened in it must be closed in it, in order.
fn strip_markup(xml: &str, start: usize, end: usize) -> Result<String, Problem> {
    let mut text = String::with_capacity(end - start);
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut pos = start;
    while let Some(i) = xml[pos..end].find('<') {
        let lt = pos + i;
        decode_entities(&xml[pos..lt], &mut text);
        let rest = &xml[lt..end];
        if rest.starts_with("<!--") {
            let close = rest
                .find("-->")
                .ok_or((lt, "a comment is not closed".to_owned()))?;
            pos = lt + close + 3;
            continue;
        }
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let close = cdata
                .find("]]>")
                .ok_or((lt, "a CDATA section is not closed".to_owned()))?;
            text.push_str(&cdata[..close]);
            pos = lt + "<![CDATA[".len() + close + 3;
            continue;
        }
        let gt = match rest[1..].find(['>', '<']).map(|g| g + 1) {
            Some(g) if rest.as_bytes()[g] == b'>' => lt + g,
            _ => {
                let shown: String = rest.chars().take(20).collect();
                return Err((lt, format!("a tag is not closed: {shown:?}")));
            }
        };
        let tag = &xml[lt + 1..gt];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            match open.pop() {
                Some((top, _)) if top == name => {}
                Some((top, at)) => {
                    return Err((
                        lt,
                        format!(
                            "</{name}> closes <{top}>, opened on line {}",
                            line_of(xml, at)
                        ),
                    ));
                }
                None => return Err((lt, format!("</{name}> closes no open element"))),
            }
        } else if !(tag.ends_with('/') || tag.starts_with('?') || tag.starts_with('!')) {
            let name = tag
                .split(|c: char| c.is_ascii_whitespace())
                .next()
                .unwrap_or("");
            if name.is_empty() {
                return Err((lt, "a tag has no name".to_owned()));
            }
            open.push((name, lt));
        }
        pos = gt + 1;
    }
    decode_entities(&xml[pos..end], &mut text);
    if let Some((name, at)) = open.pop() {
        return Err((at, format!("<{name}> is not closed")));
    }
    Ok(text)
}

/// Append `s` with the XML entities decoded; an `&` that starts no entity is kept.
fn decode_entities(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let decoded = tail[1..]
            .find(';')
            .filter(|&e| e <= 10)
            .and_then(|e| entity(&tail[1..e + 1]).map(|c| (c, e + 2)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(n).filter(|&c| c != '\0')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wire-1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\" functionInDocument=\"CREATION_TIME\">March 22, 2013</TIMEX3></DCT>\n<TITLE>Dam &amp; bridge</TITLE>\n<TEXT>\nThe dam <EVENT eid=\"e1\">opened</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">yesterday</TIMEX3> at Caf&#233; &lt;Nord&gt;.\n</TEXT>\n</TimeML>\n";

    #[test]
    fn good_file_gives_text_title_and_dct() {
        let p = parse(GOOD).unwrap();
        assert_eq!(p.text, "\nThe dam opened yesterday at Café <Nord>.\n");
        assert_eq!(p.title.as_deref(), Some("Dam & bridge"));
        assert_eq!(p.dct.as_deref(), Some("2013-03-22"));
    }

    #[test]
    fn broken_files_name_the_problem_and_its_line() {
        let cases = [
            ("just text", 1, "no <TimeML> root element"),
            ("<TimeML><TEXT>", 1, "the <TimeML> element is not closed"),
            (
                "<TimeML>\n<TEXT>\nA dam opened.\n",
                4,
                "the <TimeML> element is not closed",
            ),
            (
                "<TimeML>\n<DCT></DCT>\n</TimeML>",
                1,
                "no <TEXT> element inside <TimeML>",
            ),
            (
                "<TimeML>\n<TEXT>A dam\n</TimeML>",
                2,
                "<TEXT> is not closed before </TimeML>",
            ),
            (
                "<TimeML><TEXT>A\n<EVENT eid=\"e1\">dam</TEXT></TimeML>",
                2,
                "<EVENT> is not closed",
            ),
            (
                "<TimeML><TEXT>A\n<EVENT eid=\"e1\">dam</TIMEX3></TEXT></TimeML>",
                2,
                "</TIMEX3> closes <EVENT>, opened on line 2",
            ),
            (
                "<TimeML><TEXT>A dam</EVENT></TEXT></TimeML>",
                1,
                "</EVENT> closes no open element",
            ),
            (
                "<TimeML><TEXT>A\n\n<EVENT eid=\"e1\" dam</TEXT></TimeML>",
                3,
                "a tag is not closed",
            ),
        ];
        for (xml, line, message) in cases {
            let (offset, got) = parse(xml).unwrap_err();
            assert!(got.starts_with(message), "{xml:?}: {got}");
            assert_eq!(line_of(xml, offset), line, "{xml:?}: {got}");
        }
    }

    #[test]
    fn entities_that_are_not_entities_stay_as_written() {
        let mut out = String::new();
        decode_entities("AT&T &#0; &#xZZ; &amp &#65;", &mut out);
        assert_eq!(out, "AT&T &#0; &#xZZ; &amp A");
    }
}
