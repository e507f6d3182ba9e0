//! Tokens and sentences, just enough for the attribution rules.

use dateline_plugin::Span;

use crate::lexicon;
use crate::marks::QuoteSpan;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    /// A word (letters, digits, inner hyphens and apostrophes, an abbreviation's dot).
    Word,
    /// `,`
    Comma,
    /// `:` or `;`
    Colon,
    /// A double quotation mark of any style.
    Mark,
    /// A dash or an opening / closing bracket: a phrase boundary.
    Dash,
    /// `.`, `!`, `?` or `…`
    Stop,
    /// Any other symbol.
    Other,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Where it is in the document.
    pub span: Span,
    /// What it is.
    pub kind: Tk,
    /// True when it lies inside a quote's marks (marks themselves are outside).
    pub quoted: bool,
}

/// Splits `span` of `text` into tokens; `quotes` marks which are quoted.
pub fn tokenize(text: &str, span: Span, quotes: &[QuoteSpan]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(span.len() / 5 + 4);
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    // The tokens are read by byte offset rather than through a char iterator, so that a
    // run of ASCII letters and digits (most of every word) is skipped byte by byte; an
    // ASCII byte is its own char, so only the other bytes are decoded.
    let char_at = |k: usize| match bytes.get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[k..].chars().next(),
        None => None,
    };
    let mut pos = 0;
    let mut qi = quotes.partition_point(|q| q.inner.end <= span.start);
    loop {
        // White space between tokens is skipped byte by byte: the ASCII bytes that
        // `char::is_whitespace` accepts are tab, line feed, vertical tab, form feed,
        // carriage return and space.
        while bytes
            .get(pos)
            .is_some_and(|b| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '))
        {
            pos += 1;
        }
        let Some(c) = char_at(pos) else {
            break;
        };
        let i = pos;
        pos += c.len_utf8();
        let start = span.start + i;
        let (end, kind) = if c.is_alphanumeric() {
            let mut end = pos;
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let j = end;
                let Some(d) = char_at(j) else {
                    break;
                };
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                } else if matches!(d, '\'' | '’')
                    && s[..j].ends_with(['s', 'S'])
                    && s[j + d.len_utf8()..].starts_with(char::is_whitespace)
                    && s[..j].chars().rev().nth(1).is_some_and(char::is_alphabetic)
                {
                    // A plural possessive keeps its apostrophe: `Farmers' unions`.
                    end = j + d.len_utf8();
                    break;
                } else if matches!(d, '-' | '\'' | '’' | '.' | '&')
                    && char_at(j + d.len_utf8()).is_some_and(char::is_alphanumeric)
                    && !(d == '\'' && bytes.get(j + 1) == Some(&b'\''))
                {
                    // The joiner and the letter after it belong to the word.
                    let e = char_at(j + d.len_utf8()).expect("checked an alphanumeric char");
                    end = j + d.len_utf8() + e.len_utf8();
                } else {
                    break;
                }
            }
            // An abbreviation keeps its dot, so the dot does not end the sentence.
            if bytes.get(end) == Some(&b'.') && lexicon::is_abbreviation(&s[i..end]) {
                end += 1;
            }
            pos = end;
            (span.start + end, Tk::Word)
        } else {
            // A doubled ASCII mark or dash (``` `` ```, `''`, `--`) is read as one
            // token: its second byte is skipped.
            let kind = match c {
                ',' => Tk::Comma,
                ':' | ';' => Tk::Colon,
                '"' | '“' | '”' | '„' | '‟' | '«' | '»' => Tk::Mark,
                '`' if bytes.get(i + 1) == Some(&b'`') => {
                    pos += 1;
                    Tk::Mark
                }
                '\'' if bytes.get(i + 1) == Some(&b'\'') => {
                    pos += 1;
                    Tk::Mark
                }
                // (`―` is the horizontal bar of signatures: `"…" ― Ana Ruiz`.)
                '—' | '–' | '―' | '(' | ')' | '[' | ']' => Tk::Dash,
                // A hyphen standing alone between spaces is a dash.
                '-' if bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
                    && (i == 0 || bytes[i - 1].is_ascii_whitespace()) =>
                {
                    Tk::Dash
                }
                '-' if bytes.get(i + 1) == Some(&b'-') => {
                    pos += 1;
                    Tk::Dash
                }
                '.' | '!' | '?' | '…' => Tk::Stop,
                c if c.is_whitespace() => continue,
                _ => Tk::Other,
            };
            let end = match kind {
                Tk::Mark | Tk::Dash if bytes.get(i) == bytes.get(i + 1) && c.is_ascii() => i + 2,
                _ => i + c.len_utf8(),
            };
            (span.start + end, kind)
        };
        while qi < quotes.len() && quotes[qi].inner.end <= start {
            qi += 1;
        }
        let quoted = kind != Tk::Mark
            && qi < quotes.len()
            && quotes[qi].inner.start <= start
            && start < quotes[qi].inner.end;
        out.push(Tok {
            span: Span::new(start, end),
            kind,
            quoted,
        });
    }
    out
}

/// Splits a paragraph into sentences. A sentence never ends inside a quote, unless the
/// quote itself ends there (`"Go." Then …`).
pub fn sentences(text: &str, para: Span, quotes: &[QuoteSpan], out: &mut Vec<Span>) {
    let s = &text[para.start..para.end];
    let bytes = s.as_bytes();
    let mut start = 0usize;
    let mut qi = quotes.partition_point(|q| q.outer.end <= para.start);
    let mut i = 0;
    // Only a full stop, a question mark or an exclamation mark can end a sentence: the
    // scan jumps from one to the next.
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i.min(bytes.len())..]) {
        i += k;
        let b = bytes[i];
        let mut p = i + 1;
        // Step over closing marks right after the stop.
        loop {
            let rest = &s[p..];
            let step = if rest.starts_with('”') {
                3
            } else if rest.starts_with("''") {
                2
            } else if rest.starts_with('"') || rest.starts_with('’') && !rest.starts_with("’s")
            {
                if rest.starts_with('’') { 3 } else { 1 }
            } else if rest.starts_with(')') {
                1
            } else {
                0
            };
            if step == 0 {
                break;
            }
            p += step;
        }
        let abs = para.start + p;
        while qi < quotes.len() && quotes[qi].outer.end < abs {
            qi += 1;
        }
        let inside = quotes[qi..]
            .iter()
            .take_while(|q| q.outer.start < abs)
            .any(|q| q.outer.start < abs && abs < q.outer.end);
        let next_ok = s[p..].starts_with(|c: char| c.is_whitespace()) && {
            let after = s[p..].trim_start();
            after.starts_with(|c: char| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '`' | '\'' | '(' | '[')
            })
        };
        // The abbreviation and speaker tests are made only for a stop that could end the
        // sentence otherwise.
        let abbrev = || {
            b == b'.' && {
                let w = s[..i]
                    .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
                    .next()
                    .unwrap_or("");
                // `U.S.` and the like end sentences when a sentence opener follows.
                let next_word = s[p..]
                    .trim_start()
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let opener = matches!(
                    next_word,
                    "He" | "She"
                        | "They"
                        | "It"
                        | "We"
                        | "I"
                        | "The"
                        | "But"
                        | "And"
                        | "In"
                        | "This"
                        | "That"
                );
                // `No. 2`: a number sign before a figure.
                let number_sign = matches!(w, "No" | "Nos")
                    && next_word.starts_with(|c: char| c.is_ascii_digit());
                // `said Sen. Ruth Dane, D-Vt. "We won."`: a quote that opens with a capital
                // after an abbreviation starts a new sentence.
                let after = s[p..].trim_start();
                let quote_opens = s[p..].starts_with(char::is_whitespace)
                    && ["\"", "“"].iter().any(|m| {
                        after
                            .strip_prefix(m)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    });
                let sentence_follows = (w.contains('.') && opener) || quote_opens;
                number_sign || (!w.is_empty() && lexicon::is_abbreviation(w) && !sentence_follows)
            }
        };
        // `"Why not?" she asked.` The question or exclamation ends the quote, not the
        // sentence, when a speaker and a verb of saying follow.
        let quote_then_speaker = || p > i + 1 && b != b'.' && speaker_follows(&s[p..]);
        if !inside && next_ok && !abbrev() && !quote_then_speaker() {
            out.push(Span::new(para.start + start, abs));
            start = p + (s[p..].len() - s[p..].trim_start().len());
        }
        i = p.max(i + 1);
    }
    if start < s.len() {
        out.push(Span::new(para.start + start, para.end));
    }
}

/// True when `rest` opens with a short speaker phrase and a verb of saying
/// (`Trump asked.`, `said the senator`).
fn speaker_follows(rest: &str) -> bool {
    let raw: Vec<&str> = rest.split_whitespace().take(18).collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // `"Why?" Miller, a retired worker, said …`: a name, an appositive between commas,
    // then the verb.
    let appositive = raw.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && (w.ends_with(',')
                || raw
                    .get(1)
                    .is_some_and(|v| v.ends_with(',') && v.starts_with(char::is_uppercase)))
    });
    let reach = if appositive {
        raw.iter()
            .position(|w| w.ends_with('.'))
            .map_or(raw.len(), |p| p + 1)
    } else {
        5
    };
    words.iter().enumerate().any(|(k, w)| {
        k < reach
            && (matches!(
                *w,
                "said"
                    | "says"
                    | "asked"
                    | "asks"
                    | "added"
                    | "adds"
                    | "told"
                    | "wrote"
                    | "writes"
                    | "tweeted"
                    | "replied"
                    | "responded"
                    | "continued"
                    | "shouted"
                    | "yelled"
                    | "exclaimed"
                    | "wondered"
                    | "recalled"
                    | "explained"
                    | "noted"
                    | "quipped"
                    | "joked"
                    | "insisted"
                    | "declared"
                    | "demanded"
                    | "cried"
                    | "screamed"
            ) || (w.len() > 4
                && w.ends_with("ed")
                && crate::lexicon::cue_at(w, Span::new(0, w.len()))
                    .is_some_and(|c| c.strength == crate::lexicon::Strength::Say)))
            && (appositive
                || words[..k].iter().all(|v| {
                    v.starts_with(char::is_uppercase)
                        || matches!(
                            *v,
                            "he" | "she" | "they" | "the" | "a" | "his" | "her" | "one"
                        )
                        || v.chars().all(char::is_lowercase) && k <= 3
                }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks;

    fn split(text: &str) -> Vec<&str> {
        let paras = marks::paragraphs(text);
        let qs = marks::quotes(text, &paras);
        let mut out = Vec::new();
        for p in paras {
            sentences(text, p, &qs, &mut out);
        }
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_but_not_quotes_or_abbreviations() {
        assert_eq!(
            split("Mr. Smith left. He came back."),
            vec!["Mr. Smith left.", "He came back."]
        );
        assert_eq!(
            split("“Go. Now,” he said. She left."),
            vec!["“Go. Now,” he said.", "She left."]
        );
        assert_eq!(
            split("“Why now?” Ames asked. She left."),
            vec!["“Why now?” Ames asked.", "She left."]
        );
        assert_eq!(
            split("He said, “Go.” Then he left."),
            vec!["He said, “Go.”", "Then he left."]
        );
        // State abbreviations and dotted initials do not end a sentence.
        assert_eq!(
            split("Ann Lee of Durham, N.C., said so. Bo Li of Waco, Tex., agreed."),
            vec![
                "Ann Lee of Durham, N.C., said so.",
                "Bo Li of Waco, Tex., agreed."
            ]
        );
        // An abbreviation before a quote that opens with a capital ends the sentence.
        assert_eq!(
            split("\"We won,\" said Ann Lee, D-Vt. \"Now we work.\""),
            vec!["\"We won,\" said Ann Lee, D-Vt.", "\"Now we work.\""]
        );
        assert_eq!(
            split("Lee, the No. 2 official, left. The answer was no. Then he left."),
            vec![
                "Lee, the No. 2 official, left.",
                "The answer was no.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn tokens_keep_names_and_marks() {
        let t = "al-Sudani's aide said: ``No.''";
        let toks = tokenize(t, Span::new(0, t.len()), &[]);
        let words: Vec<&str> = toks.iter().map(|k| &t[k.span.start..k.span.end]).collect();
        assert_eq!(
            words,
            vec!["al-Sudani's", "aide", "said", ":", "``", "No", ".", "''"]
        );
    }
}
