//! Numbers, counts and durations: the figures expressions are made of ("three",
//! "1.5", "a dozen", "two and a half years", "more than 10 days"), read before the
//! calendar parts that use them.

use super::*;

impl<'a> Parser<'a> {
    pub(super) fn num(&self, i: usize) -> Option<&Token> {
        self.toks.get(i).filter(|t| t.kind == Kind::Num)
    }

    /// Skip a full stop glued to an abbreviation ("Sept.").
    pub(super) fn skip_abbrev_dot(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.toks.get(i).is_some_and(|t| !t.space_before) {
            i + 1
        } else {
            i
        }
    }

    /// A cardinal number in digits or words: `(end, value)`.
    pub fn number(&self, i: usize) -> Option<(usize, f64)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            // "2 1/2"
            if let (Some(a), Some(b)) = (self.num(i + 1), self.num(i + 3))
                && self.punct(i + 2, '/')
                && b.num > 0.0
            {
                return Some((i + 4, t.num + a.num / b.num));
            }
            return Some((i + 1, t.num));
        }
        let (mut end, mut v) = match t.lex {
            Lex::Small(n) => (i + 1, n as f64),
            Lex::Tens(n) => {
                let mut e = i + 1;
                let mut v = n as f64;
                let k = if self.hyphen(e) { e + 1 } else { e };
                if let Lex::Small(u) = self.lex(k)
                    && (1..=9).contains(&u)
                {
                    v += u as f64;
                    e = k + 1;
                }
                (e, v)
            }
            Lex::A if matches!(self.lex(i + 1), Lex::Scale(_) | Lex::Dozen) => (i + 1, 1.0),
            Lex::Dozen => return Some((i + 1, 12.0)),
            _ => return None,
        };
        match self.lex(end) {
            Lex::Scale(s) => {
                v *= s as f64;
                end += 1;
                if let Some((e2, rest)) = self.number(end)
                    && rest < s as f64
                {
                    v += rest;
                    end = e2;
                }
            }
            Lex::Dozen => {
                v *= 12.0;
                end += 1;
            }
            _ => {}
        }
        Some((end, v))
    }

    /// A count before a unit: a number, "a"/"an" (one), or a vague quantity (`None`).
    /// Returns `(end, count, approximate)`.
    pub(super) fn count(&self, i: usize) -> Option<(usize, Option<f64>, bool)> {
        match self.lex(i) {
            Lex::A => match self.lex(i + 1) {
                Lex::Vague("few") => Some((i + 2, None, false)),
                Lex::Vague("couple") if self.lex(i + 2) == Lex::Of => {
                    Some((i + 3, Some(2.0), true))
                }
                // "a couple days": the "of" dropped, as current news English does.
                Lex::Vague("couple") if matches!(self.lex(i + 2), Lex::Unit(_, true)) => {
                    Some((i + 2, Some(2.0), true))
                }
                Lex::Dozen | Lex::Scale(_) => self.number(i).map(|(e, v)| (e, Some(v), false)),
                _ => Some((i + 1, Some(1.0), false)),
            },
            Lex::Vague(w) => {
                if w == "couple" {
                    None
                } else {
                    Some((i + 1, None, false))
                }
            }
            _ => self.number(i).map(|(e, v)| (e, Some(v), false)),
        }
    }

    /// Whether "over" at `i`, before a count, means "more than" ("for over a week",
    /// "just over an hour", "lasted over a week", "over two years ago") rather than
    /// "during" ("has grown over three years", "can be spent over two years"). The
    /// TimeML guidelines put the governing preposition outside the TIMEX3 and a
    /// comparator inside it with its `mod` (guidelines 1.2.1, section 2.2.1, item 2;
    /// specification 2.3, `mod` = `MORE_THAN`). News English uses the comparator after a
    /// preposition or a verb that takes a measure, or before "ago"; after any other verb
    /// the word is the preposition of the span an event fills.
    pub(super) fn over_is_comparator(&self, i: usize) -> bool {
        const BEFORE: &[&str] = &[
            "just", "well", "slightly", "little", "barely", "for", "in", "of", "after", "than",
            "to", "within", "by", "at", "last", "lasts", "lasted", "lasting", "take", "takes",
            "took", "taken", "taking", "spent", "spend", "spends", "spending", "been", "was", "is",
            "be", "are", "were",
        ];
        if i > 0 && BEFORE.iter().any(|w| self.is(i - 1, w)) {
            return true;
        }
        // "over two years ago": the comparator of a distance in the past.
        self.duration(i + 1)
            .is_some_and(|(e, ..)| matches!(self.lex(e), Lex::Ago))
    }

    /// "three years", "a few days", "five-year", "2 1/2 years": `(end, count, unit,
    /// approximate)`. Ages ("a 16-year-old") are refused.
    pub(super) fn duration(&self, i: usize) -> Option<(usize, Option<f64>, Unit, bool)> {
        let (mut e, n, approx) = self.count(i)?;
        if self.year_at(i).is_some() && !matches!(self.lex(e), Lex::Unit(_, true)) {
            return None;
        }
        // "two to three weeks", "12 to 18 months": a range counts as its first figure.
        if matches!(self.lex(e), Lex::To | Lex::Or)
            && let Some((e2, _, _)) = self.count(e + 1).filter(|c| c.1.is_some())
            && matches!(self.lex(e2), Lex::Unit(_, true))
        {
            e = e2;
        }
        if self.hyphen(e) {
            e += 1;
        }
        // "20 more years", "an additional year", "eight trading days"
        if matches!(self.lex(e), Lex::More)
            || [
                "additional",
                "extra",
                "trading",
                "business",
                "working",
                "calendar",
            ]
            .iter()
            .any(|w| self.is(e, w))
        {
            e += 1;
        }
        let Lex::Unit(unit, plural) = self.lex(e) else {
            return None;
        };
        // "60 Minutes", "48 Hours": a capitalised unit mid-sentence is a title.
        if self.toks[e].cap
            && self.toks[i].sentence == self.toks[e].sentence
            && i > 0
            && self.toks[i - 1].sentence == self.toks[i].sentence
        {
            return None;
        }
        // A vague count needs a plural ("several years") unless it is a hyphenated
        // modifier ("a several-year tenure").
        if n.is_none() && !plural && !(e > 0 && self.hyphen(e - 1)) {
            return None;
        }
        // "a quarter of the market", "three-quarters of demand": fractions.
        if unit == Unit::Quarter && self.lex(e + 1) == Lex::Of && (!plural || self.hyphen(e - 1)) {
            return None;
        }
        if n == Some(1.0) && plural && !self.is(i, "1") && matches!(self.lex(i), Lex::A) {
            return None;
        }
        if unit == Unit::Weekend {
            return None;
        }
        let mut end = e + 1;
        // "year-earlier", "year-end": the unit is part of another word.
        if self.hyphen(end) && matches!(self.lex(end + 1), Lex::Earlier | Lex::Ago | Lex::End) {
            return None;
        }
        // "a two-day-long meeting": the duration is the count and the unit; in "a
        // day-long meeting" the article belongs to the noun.
        if self.hyphen(end) && self.is(end + 1, "long") {
            if self.lex(i) == Lex::A {
                return None;
            }
            return Some((end + 2, n, unit, approx));
        }
        // "16-year-old", "a 16 year old": an age, not a time.
        if (self.hyphen(end) && self.lex(end + 1) == Lex::Old) || self.lex(end) == Lex::Old {
            return None;
        }
        // "a $12-an-hour job", "a $400-million-a-year business": an
        // article glued by a hyphen to the figure before it makes a rate compound, an
        // adjective of price or frequency, not a duration (the rate rule below; TimeML
        // guidelines 2.2.1 tag rates as SETs only as frequencies of an event).
        if n == Some(1.0) && matches!(self.lex(i), Lex::A) && i > 0 && self.hyphen(i - 1) {
            return None;
        }
        // "four flights a week", "24 hours a day": a rate, not a duration.
        if n == Some(1.0)
            && matches!(self.lex(i), Lex::A)
            && !matches!(self.lex(e + 1), Lex::Ago | Lex::Earlier)
            && i > 0
            && (self.num(i - 1).is_some()
                || matches!(self.lex(i - 1), Lex::Unit(..))
                || (i > 1
                    && self
                        .tok(i - 1)
                        .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None)
                    && self.number(i - 2).is_some()))
        {
            return None;
        }
        // "a second betrayal": "second" the ordinal.
        // "a quarter century", "a quarter point", "three-quarters": fractions.
        let complement = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && !matches!(
                        t.lex,
                        Lex::Later
                            | Lex::Ago
                            | Lex::Earlier
                            | Lex::Before
                            | Lex::After
                            | Lex::Or
                            | Lex::And
                    )
            })
        };
        if unit == Unit::Quarter
            && ((plural && e > 0 && self.hyphen(e - 1))
                || (!plural && complement(end) && !matches!(self.lex(end), Lex::Of)))
        {
            return None;
        }
        if unit == Unit::Second && !plural && complement(end) {
            return None;
        }
        // "a year and a half"
        if self.lex(end) == Lex::And
            && self.lex(end + 1) == Lex::A
            && self.is(end + 2, "half")
            && let Some(v) = n
        {
            return Some((end + 3, Some(v + 0.5), unit, approx));
        }
        if self.lex(end) == Lex::Or && self.lex(end + 1) == Lex::So {
            end += 2;
            return Some((end, n, unit, true));
        }
        Some((end, n, unit, approx))
    }
}
