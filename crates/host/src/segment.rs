//! Paragraph and sentence segmentation tuned for English news text.
//!
//! The host segments every document once, so that all plugins agree on sentence
//! numbers and claims can be joined by sentence.
//!
//! Paragraphs are the non-blank lines of the text: news text files often hold one
//! paragraph per line, and a blank line also ends a paragraph. Paragraph spans exclude
//! the surrounding whitespace. Every sentence lies inside one paragraph.
//!
//! Sentences end at `.`, `?`, `!` or an ellipsis followed by whitespace; closing quotes
//! and brackets right after the terminator stay in the sentence. A period does not end a
//! sentence when the next word starts with a lower-case letter, when it closes a title
//! (`Dr.`, `Lt. Col.`), a number abbreviation before a number (`No. 3`, `Feb. 3`), or an
//! ambiguous abbreviation (`U.S.`, `Inc.`, an initial such as `W.`) that is not followed
//! by a word that typically starts a sentence (`The`, `He`, `But` …).
//!
//! The scanner looks at bytes and only inspects words around candidate terminators, so
//! it runs in linear time without regular expressions.
//!
//! ```
//! use dateline_host::segment::segment;
//!
//! let text = "U.S. officials met Dr. Ahmed on Feb. 3. He said \"stop.\" Then he left.";
//! let seg = segment(text);
//! let sentences: Vec<&str> = seg.sentences.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(
//!     sentences,
//!     ["U.S. officials met Dr. Ahmed on Feb. 3.", "He said \"stop.\"", "Then he left."]
//! );
//! ```

use dateline_plugin::{Document, Span};

/// The paragraphs and sentences of a text, as byte spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraph spans in order, without surrounding whitespace.
    pub paragraphs: Vec<Span>,
    /// Sentence spans in order, without surrounding whitespace; each lies in one paragraph.
    pub sentences: Vec<Span>,
}

/// Segment `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    loop {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| line_start + p);
        let para = trim(text, line_start, line_end);
        if !para.is_empty() {
            seg.paragraphs.push(para);
            split_sentences(text, para, &mut seg.sentences);
        }
        if line_end >= bytes.len() {
            break;
        }
        line_start = line_end + 1;
    }
    seg
}

/// Fill `doc.paragraphs` and `doc.sentences` from `doc.text`.
pub fn segment_document(doc: &mut Document) {
    let seg = segment(&doc.text);
    doc.paragraphs = seg.paragraphs;
    doc.sentences = seg.sentences;
}

/// The span `[start, end)` of `text` without leading and trailing whitespace.
fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let left = s.trim_start();
    let new_start = start + (s.len() - left.len());
    Span::new(new_start, new_start + left.trim_end().len())
}

/// Titles that always precede a name: a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr",
    "Gen", "Gens", "Gov", "Govs", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mmes", "Mr", "Mrs", "Ms",
    "Msgr", "Mt", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Spc",
    "Supt", "vs", "v",
];

/// Abbreviations that precede a number: no sentence break before a digit.
const NUMERIC: &[&str] = &[
    "No", "Nos", "no", "nos", "Art", "Vol", "vol", "Fig", "fig", "p", "pp", "approx", "Approx",
    "ca", "Ch", "Sec", "Para", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Rte", "Ave", "Apt",
];

/// Abbreviations that may or may not end a sentence: a break only before a typical
/// sentence starter.
const AMBIGUOUS: &[&str] = &[
    "Inc", "Corp", "Co", "Cos", "Cie", "Ltd", "Bros", "Jr", "Sr", "St", "Ste", "Ft", "Blvd", "Rd",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Ala", "Ariz", "Ark", "Calif",
    "Colo", "Conn", "Fla", "Ga", "Ill", "Kan", "Ky", "Md", "Mich", "Minn", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "approx", "est",
];

/// Words that typically open a sentence; after an ambiguous abbreviation they signal
/// that the abbreviation ended the previous sentence.
const STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Because",
    "Before",
    "But",
    "By",
    "During",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Under",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "With",
    "Yet",
    "You",
];

/// Characters that may close a sentence after its terminator and stay inside it.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»')
}

/// Characters that may open a sentence before its first word.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«')
}

const ELLIPSIS: &[u8] = "…".as_bytes();

/// Append the sentences of paragraph `para` of `text` to `out`.
fn split_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = &text[para.start..para.end];
    let b = p.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !(c == b'.' || c == b'?' || c == b'!' || b[i..].starts_with(ELLIPSIS)) {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut dots = 0;
        let mut bang = false;
        let mut ellipsis = false;
        while i < b.len() {
            match b[i] {
                b'.' => dots += 1,
                b'?' | b'!' => bang = true,
                _ if b[i..].starts_with(ELLIPSIS) => {
                    ellipsis = true;
                    i += ELLIPSIS.len();
                    continue;
                }
                _ => break,
            }
            i += 1;
        }
        while let Some(ch) = p[i..].chars().next().filter(|&ch| is_closer(ch)) {
            i += ch.len_utf8();
        }
        let end = i;
        match p[end..].chars().next() {
            None => break,
            Some(ch) if !ch.is_whitespace() => continue,
            Some(_) => {}
        }
        let next = end + (p[end..].len() - p[end..].trim_start().len());
        if breaks(
            p,
            sent_start,
            term_start,
            dots,
            bang || ellipsis || dots > 1,
            next,
        ) {
            out.push(Span::new(para.start + sent_start, para.start + end));
            sent_start = next;
        }
        i = next;
    }
    if sent_start < b.len() {
        out.push(Span::new(para.start + sent_start, para.end));
    }
}

/// Decide whether the terminator at `term_start` (a run of `dots` periods, or a
/// question/exclamation mark or ellipsis when `strong`) ends the sentence that started
/// at `sent_start`, given that the next sentence would start at `next`.
fn breaks(
    p: &str,
    sent_start: usize,
    term_start: usize,
    dots: usize,
    strong: bool,
    next: usize,
) -> bool {
    let after = &p[next..];
    let first_word_char = after.chars().find(|&c| !is_opener(c));
    let opens_with_quote = after.chars().next().is_some_and(is_opener);
    let Some(nc) = first_word_char else {
        return true;
    };
    if nc.is_lowercase() {
        return false;
    }
    if strong || dots != 1 {
        return !nc.is_ascii_digit() || strong;
    }
    // The word before the terminator; whitespace may be multi-byte (no-break space).
    let word = p[sent_start..term_start]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(is_opener);
    if word.is_empty() {
        return true;
    }
    if TITLES.contains(&word) {
        return false;
    }
    let numeric = NUMERIC.contains(&word);
    if numeric && nc.is_ascii_digit() {
        return false;
    }
    if AMBIGUOUS.contains(&word) || is_initial(word) || is_dotted(word) {
        if opens_with_quote {
            return true;
        }
        if nc.is_ascii_digit() {
            return false;
        }
        let next_word: &str = {
            let w = after.trim_start_matches(is_opener);
            let len = w.find(|c: char| !c.is_alphabetic()).unwrap_or(w.len());
            &w[..len]
        };
        return STARTERS.contains(&next_word);
    }
    true
}

/// A single upper-case letter, as in "George W. Bush".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by periods, as in "U.S", "J.R.R", "a.m", "Ph.D".
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        segment(text)
            .paragraphs
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   ", &[]),
            ("One sentence", &["One sentence"]),
            ("First one. Second one.", &["First one.", "Second one."]),
            ("Is it? Yes! Fine.", &["Is it?", "Yes!", "Fine."]),
            // Abbreviations of countries and bodies.
            (
                "U.S. officials said so. The U.N. agreed.",
                &["U.S. officials said so.", "The U.N. agreed."],
            ),
            (
                "U.S. President Joe Smith spoke.",
                &["U.S. President Joe Smith spoke."],
            ),
            (
                "He returned to the U.S. The trip was long.",
                &["He returned to the U.S.", "The trip was long."],
            ),
            // Titles.
            (
                "Dr. Amal Haddad arrived. Mr. Lee left.",
                &["Dr. Amal Haddad arrived.", "Mr. Lee left."],
            ),
            (
                "Gen. Omar and Sen. Ruiz met Lt. Col. Ito.",
                &["Gen. Omar and Sen. Ruiz met Lt. Col. Ito."],
            ),
            // Companies.
            (
                "Acme Inc. said profits rose. Globex Corp. Chief Executive Ann Ray agreed.",
                &[
                    "Acme Inc. said profits rose.",
                    "Globex Corp. Chief Executive Ann Ray agreed.",
                ],
            ),
            (
                "He works for Acme Inc. The company declined to comment.",
                &["He works for Acme Inc.", "The company declined to comment."],
            ),
            // Numbers and months.
            (
                "It ranked No. 3 in the list.",
                &["It ranked No. 3 in the list."],
            ),
            (
                "The strike on Feb. 3 killed four. Talks began Sept. 11.",
                &["The strike on Feb. 3 killed four.", "Talks began Sept. 11."],
            ),
            (
                "They met on St. Patrick's Day.",
                &["They met on St. Patrick's Day."],
            ),
            // Initials.
            (
                "George W. Bush spoke. J.R.R. Tolkien wrote.",
                &["George W. Bush spoke.", "J.R.R. Tolkien wrote."],
            ),
            // Decimals and amounts.
            (
                "About 2.5 million fled. It cost $3.50 each.",
                &["About 2.5 million fled.", "It cost $3.50 each."],
            ),
            // Ellipses.
            (
                "We will fight ... and win. Then silence.",
                &["We will fight ... and win.", "Then silence."],
            ),
            (
                "I do not know... Maybe tomorrow.",
                &["I do not know...", "Maybe tomorrow."],
            ),
            ("Wait… Now go.", &["Wait…", "Now go."]),
            // Quotes and brackets.
            (
                "\"We will rebuild,\" he said. \"Nothing stops us.\"",
                &["\"We will rebuild,\" he said.", "\"Nothing stops us.\""],
            ),
            (
                "\"We will rebuild everything.\" he said.",
                &["\"We will rebuild everything.\" he said."],
            ),
            (
                "He said \"stop.\" Then he left.",
                &["He said \"stop.\"", "Then he left."],
            ),
            (
                "She wrote “enough.” Then silence.",
                &["She wrote “enough.”", "Then silence."],
            ),
            (
                "(The vote was close.) Results follow.",
                &["(The vote was close.)", "Results follow."],
            ),
            (
                "\"Why?\" she asked. \"Run!\" he shouted.",
                &["\"Why?\" she asked.", "\"Run!\" he shouted."],
            ),
            (
                "He called it \"absurd\". Then he left.",
                &["He called it \"absurd\".", "Then he left."],
            ),
            // Lower-case after a period does not start a sentence.
            (
                "The group, i.e. the rebels, fled. etc. and so on.",
                &["The group, i.e. the rebels, fled. etc. and so on."],
            ),
            // Times.
            (
                "It began at 10 a.m. Monday and ended at 4 p.m. The city was calm.",
                &[
                    "It began at 10 a.m. Monday and ended at 4 p.m.",
                    "The city was calm.",
                ],
            ),
            // A number after an ordinary word ends the sentence.
            ("Four died. 12 were hurt.", &["Four died.", "12 were hurt."]),
            // URLs and periods without a following space.
            ("See example.com for more.", &["See example.com for more."]),
            // Non-ASCII text keeps char boundaries.
            ("Élan vital. Ça va.", &["Élan vital.", "Ça va."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "input: {text:?}");
        }
    }

    #[test]
    fn paragraph_table() {
        let cases: &[(&str, &[&str])] = &[
            ("one\ntwo", &["one", "two"]),
            ("  one  \n\n\n two \r\n", &["one", "two"]),
            ("a b\r\n\r\nc d.", &["a b", "c d."]),
            ("\n\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&paragraphs(text), want, "input: {text:?}");
        }
    }

    #[test]
    fn sentences_stay_inside_paragraphs() {
        let text = "Dr.\nSmith arrived. It rained\nThe end";
        let seg = segment(text);
        assert_eq!(
            sentences(text),
            ["Dr.", "Smith arrived.", "It rained", "The end"]
        );
        for s in &seg.sentences {
            assert!(
                seg.paragraphs.iter().any(|p| p.contains(*s)),
                "{s:?} crosses a paragraph"
            );
        }
    }

    #[test]
    fn no_break_space_before_an_abbreviation() {
        assert_eq!(
            sentences("Gov.\u{a0}Mike Pence spoke. It\u{a0}ended."),
            ["Gov.\u{a0}Mike Pence spoke.", "It\u{a0}ended."]
        );
    }

    /// Random texts built from tricky pieces: spans are ordered, trimmed, on char
    /// boundaries and inside paragraphs, and segmentation never panics.
    #[test]
    fn invariants_hold_on_generated_text() {
        let pieces = [
            "Dr.", "U.S.", "é", "\u{a0}", " ", "  ", "\n", "\n\n", "\r\n", ".", "...", "…", "?!",
            "\"", "”", "’", "(", ")", "'", "a", "Word", "3.5", "No.", "Feb.", "W.", "x", "\t", "«",
            "»", "\u{2003}", "Inc.", "The",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut text = String::new();
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (state >> 59) as usize + 1;
            for _ in 0..n * 2 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let seg = segment(&text);
            let mut last_end = 0;
            for s in &seg.sentences {
                let slice = s
                    .slice(&text)
                    .unwrap_or_else(|| panic!("{s:?} not on boundaries in {text:?}"));
                assert!(
                    !slice.is_empty() && slice.trim() == slice,
                    "{slice:?} in {text:?}"
                );
                assert!(s.start >= last_end, "overlap in {text:?}");
                last_end = s.end;
                assert!(seg.paragraphs.iter().any(|p| p.contains(*s)), "{text:?}");
            }
            for p in &seg.paragraphs {
                let slice = p.slice(&text).unwrap();
                assert!(
                    !slice.is_empty() && slice.trim() == slice,
                    "{slice:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn segment_document_fills_spans() {
        let mut doc = Document::from_text("d", "One. Two.\nThree.");
        segment_document(&mut doc);
        assert_eq!(doc.paragraphs, [Span::new(0, 9), Span::new(10, 16)]);
        assert_eq!(
            doc.sentences,
            [Span::new(0, 4), Span::new(5, 9), Span::new(10, 16)]
        );
    }
}
