//! Reading tokens: what a token says and what it reads as.
//!
//! Small accessors over the tokens of [`crate::text`] (the word of a token, the token at
//! a byte, the span of a token range) and the word classes that need a token rather than a
//! bare word (`verb_like`, `finite_verb`, `is_cue_word`). Every stage uses them; they use
//! only the tokens and [`crate::lexicon`].

use dateline_plugin::Span;

use crate::lexicon;
use crate::text::{Tk, Tok};

/// Index of the first token starting at or after `pos`.
pub(crate) fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.span.start < pos)
}

/// The text of a token.
pub(crate) fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.span.start..t.span.end]
}

/// True for a word token that starts with a capital.
pub(crate) fn is_cap(text: &str, t: &Tok) -> bool {
    t.kind == Tk::Word && text[t.span.start..].starts_with(char::is_uppercase)
}

/// True for a token that closes a phrase: a comma, a dash, a colon or a quotation mark.
pub(crate) fn is_boundary(t: &Tok) -> bool {
    matches!(t.kind, Tk::Comma | Tk::Dash | Tk::Colon) || t.kind == Tk::Mark
}

/// The span from the start of token `a` to the end of token `b - 1`.
pub(crate) fn span_of(toks: &[Tok], a: usize, b: usize) -> Span {
    Span::new(toks[a].span.start, toks[b - 1].span.end)
}

/// Trims punctuation tokens (not marks) from both ends of `[a, b)`.
pub(crate) fn trim_range(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b
        && matches!(
            toks[a].kind,
            Tk::Comma | Tk::Colon | Tk::Dash | Tk::Stop | Tk::Other
        )
    {
        a += 1;
    }
    while b > a
        && matches!(
            toks[b - 1].kind,
            Tk::Comma | Tk::Colon | Tk::Dash | Tk::Stop | Tk::Other
        )
    {
        b -= 1;
    }
    (a, b)
}

/// The number of word tokens in `[a, b)`.
pub(crate) fn count_words(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.kind == Tk::Word).count()
}

/// Counts the words of a span.
pub(crate) fn words_in(text: &str, span: Span) -> usize {
    text[span.start..span.end].split_whitespace().count()
}

/// True when the token is a one-word cue of the lexicon on its own (`said`, `told`),
/// not a verb that reports only with `as`.
pub(crate) fn is_cue_word(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    // `wait and see`: a verb that reports only with `as` is no cue on its own. (The
    // look-up comes first: most words are no cue, and that answers at once.)
    lexicon::word_cue(w).is_some() && !lexicon::needs_as(w)
}

/// A lower-case word that reads as a finite verb after a name: a past form (`issued`),
/// a present form in `-s` (`argues`) or a cue (`told`), not a role noun.
pub(crate) fn verb_like(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    t.kind == Tk::Word
        && !t.quoted
        && w.starts_with(char::is_lowercase)
        && !lexicon::is_person_role(w)
        && !lexicon::is_thing_role(w)
        && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") || is_cue_word(text, t))
}

/// A lower-case word that reads as a finite verb: [`verb_like`], an auxiliary, or a
/// common irregular past (`went`, `took`, `wrote`).
pub(crate) fn finite_verb(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    verb_like(text, t)
        || t.kind == Tk::Word
            && !t.quoted
            && (lexicon::is_finite_auxiliary(w) || lexicon::is_irregular_past(w))
}

/// True when a quote reads as a title or a name (`“Winter Comes to Maple Street”`): every
/// word capitalised but the small function words.
pub(crate) fn title_case(text: &str, span: Span) -> bool {
    let s = text[span.start..span.end].trim_end_matches([',', '.']);
    let mut n = 0;
    for w in s.split_whitespace() {
        n += 1;
        let small = matches!(
            w,
            "of" | "the"
                | "and"
                | "a"
                | "an"
                | "in"
                | "on"
                | "for"
                | "to"
                | "with"
                | "is"
                | "at"
                | "or"
                | "by"
        );
        if !small
            && !w.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || !c.is_alphanumeric())
        {
            return false;
        }
    }
    n > 0 && n <= 8
}

/// True when the line holding byte `at` is written in title case (a headline), where
/// any run of capitalised words looks like a name.
pub(crate) fn title_case_line(text: &str, at: usize) -> bool {
    // A headline is a short line: a paragraph of running text is not read word by word
    // (the rules ask this of many names in every article). Both searches for the line's
    // ends stop once the line is known to be longer than that, rather than run over the
    // whole paragraph.
    const LONGEST: usize = 320;
    let bytes = text.as_bytes();
    let from = at.saturating_sub(LONGEST + 1);
    let start = match memchr::memrchr(b'\n', &bytes[from..at]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let until = text.len().min(start + LONGEST + 1);
    let end = match memchr::memchr(b'\n', &bytes[at..until.max(at)]) {
        Some(i) => at + i,
        None if until == text.len() => text.len(),
        None => return false,
    };
    if end - start > LONGEST {
        return false;
    }
    let line = &text[start..end];
    let mut words = 0;
    let mut caps = 0;
    if line.is_ascii() {
        // The same count as below, byte by byte: the white space of `split_whitespace`
        // among ASCII bytes is tab, line feed, vertical tab, form feed, carriage
        // return and space.
        let mut after_space = true;
        for &b in line.as_bytes() {
            let space = matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
            if after_space && !space {
                words += 1;
                if b.is_ascii_uppercase() {
                    caps += 1;
                }
            }
            after_space = space;
        }
    } else {
        for w in line.split_whitespace() {
            words += 1;
            if w.starts_with(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    words >= 3 && caps * 10 >= words * 6
}

/// True when `w` can be a word of a dateline's place: in capitals, and with two
/// capitals at least when it is the `first` word (`LIMA`, `ST. PAUL`).
fn place_word(w: &str, first: bool) -> bool {
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    caps > 0
        && (!first || caps >= 2)
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
}

/// True unless the line that starts `s` certainly opens without a dateline: its first
/// word (up to the line's end) is no place word. [`dateline_len`] of the line is then 0,
/// so a caller can skip finding the line's end, which in a long paragraph costs a scan
/// of the whole paragraph.
pub(crate) fn may_open_dateline(s: &str) -> bool {
    let end = s.find([' ', ',', '(', '\n']).unwrap_or(s.len());
    place_word(&s[..end], true)
}

/// The length in bytes of a wire dateline opening `s` (`OSKAR, March 10 (Northwire) - `,
/// `LIMA (Wire) -- `, `BERN — `), or 0: a place in capitals, then an optional date
/// after a comma, an optional agency in parentheses and a dash between spaces.
pub(crate) fn dateline_len(s: &str) -> usize {
    let skip_spaces = |i: usize| s.len() - s[i..].trim_start_matches(' ').len();
    // The place: one or more words in capitals.
    let mut i = 0;
    loop {
        let word_end = s[i..].find([' ', ',', '(']).map_or(s.len(), |k| i + k);
        if !place_word(&s[i..word_end], i == 0) {
            break;
        }
        i = skip_spaces(word_end);
    }
    if i == 0 {
        return 0;
    }
    // A short date after a comma, up to the agency or the dash.
    if s[i..].starts_with(',') {
        let Some((k, _)) = s[i..]
            .char_indices()
            .take(30)
            .find(|&(_, c)| matches!(c, '(' | '-' | '–' | '—' | '\n'))
        else {
            return 0;
        };
        i = skip_spaces(i + k);
    }
    // The agency in parentheses.
    if s[i..].starts_with('(') {
        let Some((k, _)) = s[i..].char_indices().take(40).find(|&(_, c)| c == ')') else {
            return 0;
        };
        i = skip_spaces(i + k + 1);
    }
    let after = s[i..].trim_start_matches(['-', '–', '—']);
    if after.len() == s[i..].len() || !after.starts_with(' ') {
        return 0;
    }
    s.len() - after.trim_start_matches(' ').len()
}
