//! A small tokenizer for candidate sentences: words, numbers and punctuation with
//! their byte spans and a lower-cased form for lexicon look-ups.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, possibly with inner hyphens or apostrophes ("twenty-five", "al-Sudani").
    Word,
    /// Digits, possibly with inner commas, points or a hyphen ("1,200", "2.5", "20-30").
    Num,
    /// Digits glued to letters ("25-year-old", "3pm", "1980s"): never a count.
    Mixed,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// First byte, relative to the document text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The lower-cased text.
    pub low: String,
    /// True when the token starts with an upper-case letter.
    pub cap: bool,
    /// The token class.
    pub kind: Kind,
}

impl Tok {
    /// True when the token is the word `w` (already lower case).
    pub fn is(&self, w: &str) -> bool {
        self.low == w
    }
}

/// Split `text` (which starts at byte `base` of the document) into tokens.
pub(crate) fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut has_digit = false;
            let mut has_alpha = false;
            while i < text.len() {
                let ch = text[i..].chars().next().unwrap_or(' ');
                if ch.is_alphanumeric() {
                    if ch.is_ascii_digit() {
                        has_digit = true;
                    } else {
                        has_alpha = true;
                    }
                    i += ch.len_utf8();
                    continue;
                }
                // Inner joiners stay inside the token when a letter or digit follows:
                // "1,200", "2.5", "twenty-five", "al-Sudani", "O'Brien".
                let joiner = matches!(ch, ',' | '.' | '-' | '\'' | '’');
                if joiner {
                    let next = text[i + ch.len_utf8()..].chars().next();
                    let prev_digit = bytes[i - 1].is_ascii_digit();
                    // "U.S", "U.N": single capitals joined by points.
                    let initials = ch == '.'
                        && next.is_some_and(|n| n.is_ascii_uppercase())
                        && text[start..i].split('.').all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()))
                        && !text[i + 2..].starts_with(|c: char| c.is_ascii_lowercase());
                    let ok = match (ch, next) {
                        ('.', Some(_)) if initials => true,
                        (',' | '.', Some(n)) => prev_digit && n.is_ascii_digit(),
                        ('-' | '\'' | '’', Some(n)) => n.is_alphanumeric(),
                        _ => false,
                    };
                    if ok {
                        i += ch.len_utf8();
                        continue;
                    }
                }
                break;
            }
            // The closing point of initials belongs to them ("U.S. adviser").
            if text[start..i].contains('.')
                && text[i..].starts_with('.')
                && text[start..i].split('.').all(|p| p.len() == 1)
            {
                i += 1;
            }
            let s = &text[start..i];
            let kind = if has_digit && has_alpha {
                Kind::Mixed
            } else if has_digit {
                Kind::Num
            } else {
                Kind::Word
            };
            toks.push(Tok {
                start: base + start,
                end: base + i,
                low: s.to_lowercase(),
                cap: s.chars().next().is_some_and(char::is_uppercase),
                kind,
            });
        } else {
            let len = c.len_utf8();
            toks.push(Tok {
                start: base + i,
                end: base + i + len,
                low: c.to_string(),
                cap: false,
                kind: Kind::Punct,
            });
            i += len;
        }
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_numbers_and_hyphenated_words() {
        let t = tokenize("At least 1,200 (twenty-five) 25-year-old men, 2.5 million.", 0);
        let lows: Vec<&str> = t.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(
            lows,
            ["at", "least", "1,200", "(", "twenty-five", ")", "25-year-old", "men", ",", "2.5", "million", "."]
        );
        assert_eq!(t[2].kind, Kind::Num);
        assert_eq!(t[6].kind, Kind::Mixed);
        assert!(t[0].cap);
        let t = tokenize("a U.S. adviser and U.N. staff. No.", 0);
        let lows: Vec<&str> = t.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(lows, ["a", "u.s.", "adviser", "and", "u.n.", "staff", ".", "no", "."]);
    }
}
