//! Quotation marks: finding them, telling openers from closers, and pairing them.
//!
//! News text mixes straight `"`, curly `“ ”` and NYT-style ``` `` ''``` marks, has odd
//! numbers of marks, and lets a quote run over a paragraph break (the paragraph ends
//! without a closing mark, the next one opens again). Pairing therefore works one
//! paragraph at a time: a bad pair can only spoil its own paragraph, never the rest of
//! the article.

use dateline_plugin::Span;

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight `"` whose context does not tell.
    Either,
}

/// One double quotation mark.
#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    dir: Dir,
}

/// A quoted stretch inside one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// From the opening mark to the end of the closing mark (or the paragraph end).
    pub outer: Span,
    /// The text between the marks, trimmed of white space.
    pub inner: Span,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// True when this quote runs on into the next paragraph (it is unclosed and the
    /// next paragraph opens with a quotation mark).
    pub continues: bool,
}

/// The paragraphs of `text`: its non-blank lines, trimmed.
///
/// The plugin segments paragraphs itself, so that it behaves the same whether or not the
/// host segmented the document: a quote may never be paired across a line break.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // The lines as `text.split('\n')` gives them, found with memchr.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        push_trimmed(text, start, end, &mut out);
        start = end + 1;
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    // Trimmed once from each end (`trim` would trim the start again).
    let after_lead = s.trim_start();
    let lead = s.len() - after_lead.len();
    let trimmed = after_lead.trim_end();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// True when the character is a double quotation mark of any style.
pub fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»')
}

/// Finds every double mark of a paragraph with its direction.
fn marks(text: &str, para: Span) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = para.start;
    // Jump to the next byte that can start a mark, with memchr: `"`, `'` and the lead
    // byte of the curly marks (also that of `’` and of dashes) in one search, the rarer
    // `` ` `` and the lead byte of `«` and `»` in another. Each search is run again only
    // once the scan has passed what it found.
    let find = |from: usize, rare: bool| {
        let hay = &bytes[from..para.end];
        if rare {
            memchr::memchr2(b'`', 0xC2, hay)
        } else {
            memchr::memchr3(b'"', b'\'', 0xE2, hay)
        }
        .map(|k| from + k)
    };
    let (mut common, mut rare) = (find(i, false), find(i, true));
    while i < para.end {
        if common.is_some_and(|k| k < i) {
            common = find(i, false);
        }
        if rare.is_some_and(|k| k < i) {
            rare = find(i, true);
        }
        i = match (common, rare) {
            (Some(a), Some(b)) => a.min(b),
            (Some(k), None) | (None, Some(k)) => k,
            (None, None) => break,
        };
        let b = bytes[i];
        let (len, glyph) = match b {
            b'"' => (1, Dir::Either),
            b'`' if i + 1 < para.end && bytes[i + 1] == b'`' => (2, Dir::Open),
            b'\'' if i + 1 < para.end && bytes[i + 1] == b'\'' => (2, Dir::Close),
            0xE2 => match text[i..].chars().next() {
                Some('“') | Some('‟') => (3, Dir::Open),
                Some('”') => (3, Dir::Close),
                Some('„') => (3, Dir::Open),
                _ => (0, Dir::Either),
            },
            0xC2 => match text[i..].chars().next() {
                Some('«') => (2, Dir::Open),
                Some('»') => (2, Dir::Close),
                _ => (0, Dir::Either),
            },
            _ => (0, Dir::Either),
        };
        if len == 0 {
            i += 1;
            continue;
        }
        let span = Span::new(i, i + len);
        let prev = text[para.start..i].chars().next_back();
        let next = text[i + len..para.end].chars().next();
        out.push(Mark {
            span,
            dir: direction(prev, next, glyph),
        });
        i += len;
    }
    out
}

/// Decides a mark's direction from its neighbours first and its glyph second: a curly
/// mark typed the wrong way round (`”Yes”`) still opens after a space.
fn direction(prev: Option<char>, next: Option<char>, glyph: Dir) -> Dir {
    let opens_ctx = prev.is_none_or(|c| c.is_whitespace() || "([{—–-/:".contains(c));
    let closes_ctx = next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-…".contains(c));
    match (opens_ctx, closes_ctx) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => glyph,
    }
}

/// Pairs the marks of every paragraph into quotes, in text order.
pub fn quotes(text: &str, paras: &[Span]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    for (pi, &para) in paras.iter().enumerate() {
        let ms = marks(text, para);
        let mut open: Option<Mark> = None;
        for m in ms {
            match (open, m.dir) {
                (None, Dir::Open | Dir::Either) => open = Some(m),
                // A closing mark with nothing open is a stray: skip it and stay in sync.
                (None, Dir::Close) => {}
                (Some(o), Dir::Close | Dir::Either) => {
                    push_quote(text, o.span, m.span.start, m.span.end, true, &mut out);
                    open = None;
                }
                // An opener while a quote is open: the earlier opener had no partner.
                // Restart from this one rather than swallow the text between them.
                (Some(_), Dir::Open) => open = Some(m),
            }
        }
        if let Some(o) = open {
            // The paragraph ended inside a quote. It runs on when the next paragraph
            // opens with a mark; otherwise it is taken to run to the paragraph's end,
            // which is where a missing closing mark most often belongs.
            let continues = paras
                .get(pi + 1)
                .and_then(|n| text[n.start..n.end].chars().next())
                .is_some_and(|c| is_double_mark(c) || c == '`');
            // An unclosed mark in mid-paragraph that does not run on is more often a
            // stray (a typo, an inch mark) than a quote: drop it.
            if continues || o.span.start == para.start {
                push_quote(text, o.span, para.end, para.end, false, &mut out);
                if let Some(last) = out.last_mut() {
                    last.continues = continues;
                }
            }
        }
    }
    out
}

fn push_quote(
    text: &str,
    open: Span,
    inner_end: usize,
    outer_end: usize,
    closed: bool,
    out: &mut Vec<QuoteSpan>,
) {
    let inner = dateline_plugin::text::trim_span(text, Span::new(open.end, inner_end), &[]);
    if inner.is_empty() {
        return;
    }
    out.push(QuoteSpan {
        outer: Span::new(open.start, outer_end),
        inner,
        closed,
        continues: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner_texts(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        quotes(text, &paras)
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes\" and \"no\".", &["yes", "no"]),
            ("He said “yes” and “no”.", &["yes", "no"]),
            ("He said ``yes'' then.", &["yes"]),
            (
                "Mixed “curly\" and \"straight” marks.",
                &["curly", "straight"],
            ),
            (
                "“She said ‘never’ to me,” he said.",
                &["She said ‘never’ to me,"],
            ),
            ("It's Bob's \"plan\".", &["plan"]),
        ];
        for (text, want) in cases {
            assert_eq!(inner_texts(text), *want, "{text}");
        }
    }

    #[test]
    fn odd_marks_resynchronise_per_paragraph() {
        let text = "A stray \" mark here.\n\nHe said “fine” today.";
        let got = inner_texts(text);
        assert_eq!(got.last(), Some(&"fine"));
    }

    #[test]
    fn quote_runs_over_a_paragraph_break() {
        let text = "“First part.\n\n“Second part,” he said.";
        let paras = paragraphs(text);
        let qs = quotes(text, &paras);
        assert_eq!(qs.len(), 2);
        assert!(qs[0].continues && !qs[0].closed);
        assert_eq!(&text[qs[0].inner.start..qs[0].inner.end], "First part.");
        assert!(qs[1].closed);
    }
}
