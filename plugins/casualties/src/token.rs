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
pub(crate) struct Tok<'a> {
    /// First byte, relative to the document text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text, ASCII-lower-cased (the lexicon is ASCII).
    pub low: &'a str,
    /// True when the token starts with an upper-case letter.
    pub cap: bool,
    /// The token class.
    pub kind: Kind,
    /// Lexical flags ([`flags`]), computed once so that the patterns can skip tokens
    /// that cannot start them.
    pub f: u32,
}

/// Lexical flags of a token.
pub(crate) mod flags {
    /// Zero cues: "no", "nobody", "none", "without".
    pub const ZERO: u32 = 1;
    /// Toll heads: "toll", "tally", "number".
    pub const TOLL: u32 = 1 << 1;
    /// Nominalisations and "the dead"/"injuries".
    pub const NOMINAL: u32 = 1 << 2;
    /// Words that can start an active pattern.
    pub const ACTIVE: u32 = 1 << 3;
    /// Words that can end a subject pattern (participles, count nouns, idioms).
    pub const SUBJECT: u32 = 1 << 4;
    /// Suicide-attack words.
    pub const SUICIDE: u32 = 1 << 5;
    /// Background cues: "ago", "anniversary", "history", "decades", "last", years and
    /// decades ("1990s").
    pub const BACKGROUND: u32 = 1 << 6;
    /// Reaction and aftermath cues (protest, funeral, trial …).
    pub const REACTION: u32 = 1 << 7;
}

impl Tok<'_> {
    /// True when the token is the word `w` (already lower case).
    pub fn is(&self, w: &str) -> bool {
        self.low == w
    }
}

/// Split `text` (which starts at byte `base` of the document) into tokens; `lower` is
/// `text.to_ascii_lowercase()`, which the tokens borrow.
pub(crate) fn tokenize<'a>(text: &str, lower: &'a str, base: usize) -> Vec<Tok<'a>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < text.len() {
        // ASCII is decoded from the byte; other characters from the text.
        let c = if bytes[i].is_ascii() {
            bytes[i] as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut has_digit = false;
            let mut has_alpha = false;
            while i < text.len() {
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    if b.is_ascii_digit() {
                        has_digit = true;
                    } else {
                        has_alpha = true;
                    }
                    i += 1;
                    continue;
                }
                let ch = if b.is_ascii() {
                    b as char
                } else {
                    text[i..].chars().next().unwrap_or(' ')
                };
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
                        && text[start..i]
                            .split('.')
                            .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()))
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
                low: &lower[start..i],
                cap: s.chars().next().is_some_and(char::is_uppercase),
                f: 0,
                kind,
            });
            if let Some(t) = toks.last_mut() {
                t.f = match kind {
                    Kind::Word => word_flags(t.low),
                    Kind::Num if t.low.len() == 4 && matches!(&t.low[..2], "19" | "20") => {
                        flags::BACKGROUND
                    }
                    Kind::Mixed if t.low.len() == 5 && t.low.ends_with("0s") => flags::BACKGROUND,
                    _ => 0,
                };
            }
        } else {
            let len = c.len_utf8();
            toks.push(Tok {
                start: base + i,
                end: base + i + len,
                low: &lower[i..i + len],
                cap: false,
                f: 0,
                kind: Kind::Punct,
            });
            i += len;
        }
    }
    toks
}

/// The flags of a lower-cased word.
fn word_flags(w: &str) -> u32 {
    use crate::lexicon::*;
    // Short function words ("the", "of", "in") carry no flag but "no".
    if w.len() <= 2 {
        return if w == "no" { flags::ZERO } else { 0 };
    }
    let mut f = 0;
    if matches!(w, "no" | "nobody" | "none" | "without") {
        f |= flags::ZERO;
    }
    if matches!(w, "toll" | "tally" | "number") {
        f |= flags::TOLL;
    }
    if nominal(w).is_some() || matches!(w, "injuries" | "injury" | "dead" | "injured" | "wounded") {
        f |= flags::NOMINAL;
    }
    // These lists must hold every word a pattern starts from (the patterns of a flag
    // run only when the sentence has one): the lexicon's look-ups are shared with them.
    if active(w).is_some()
        || is_to_death_verb(w)
        || matches!(
            w,
            "gunned"
                | "claimed"
                | "claiming"
                | "cost"
                | "costing"
                | "took"
                | "taking"
                | "seized"
                | "held"
                | "holding"
                | "forced"
                | "forcing"
                | "lost"
                | "losing"
        )
    {
        f |= flags::ACTIVE;
    }
    if participle(w).is_some()
        || count_noun(w).is_some()
        || is_to_death_participle(w)
        || matches!(
            w,
            "shot"
                | "taken"
                | "held"
                | "lost"
                | "succumbed"
                | "fled"
                | "forced"
                | "treated"
                | "body"
                | "corpse"
                | "remains"
                | "unaccounted"
                | "sustained"
                | "suffered"
                | "received"
                | "survived"
                | "remained"
                | "remain"
                | "admitted"
        )
    {
        f |= flags::SUBJECT;
    }
    if matches!(
        w,
        "suicide" | "blew" | "detonated" | "exploded" | "own" | "himself" | "herself"
    ) {
        f |= flags::SUICIDE;
    }
    if matches!(
        w,
        "ago"
            | "anniversary"
            | "history"
            | "historic"
            | "decades"
            | "decade"
            | "last"
            | "past"
            | "previous"
            | "prior"
    ) {
        f |= flags::BACKGROUND;
    }
    if is_reaction_cue(w) || matches!(w, "memorial" | "vigil" | "vigils" | "tributes" | "mourners")
    {
        f |= flags::REACTION;
    }
    f
}

pub(crate) fn is_word(t: &Tok) -> bool {
    t.kind == Kind::Word || t.kind == Kind::Mixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_numbers_and_hyphenated_words() {
        let text = "At least 1,200 (twenty-five) 25-year-old men, 2.5 million.";
        let lower = text.to_ascii_lowercase();
        let t = tokenize(text, &lower, 0);
        let lows: Vec<&str> = t.iter().map(|t| t.low).collect();
        assert_eq!(
            lows,
            [
                "at",
                "least",
                "1,200",
                "(",
                "twenty-five",
                ")",
                "25-year-old",
                "men",
                ",",
                "2.5",
                "million",
                "."
            ]
        );
        assert_eq!(t[2].kind, Kind::Num);
        assert_eq!(t[6].kind, Kind::Mixed);
        assert!(t[0].cap);
        let text = "a U.S. adviser and U.N. staff. No.";
        let lower = text.to_ascii_lowercase();
        let t = tokenize(text, &lower, 0);
        let lows: Vec<&str> = t.iter().map(|t| t.low).collect();
        assert_eq!(
            lows,
            [
                "a", "u.s.", "adviser", "and", "u.n.", "staff", ".", "no", "."
            ]
        );
    }
}
