//! The grammar: recognise temporal expressions over tokens and say what they mean,
//! before any anchoring. Resolution against the DCT, the tense and the previous
//! mention happens in [`crate::resolve`].
//!
//! Each expression is a core (a month and day, a weekday, "three years", "last week" …)
//! with optional modifiers in front ("early", "the end of", "nearly", "more than") and
//! optional complements behind ("ago", ", 1998", "last year"). Extents follow the
//! TimeML annotation guidelines, section 2.2.1, item 2 ("Extent"), whose sub-items the
//! comments below cite: determiners and modifiers inside, the governing preposition and
//! trailing punctuation outside (the plugin's README lists the rules).

mod numbers;

use crate::token::{Kind, Lex, Part, RefKind, Season, Token, Unit};
use crate::value::Val;

/// Which occurrence a month, weekday or season names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// Chosen by the tense of the sentence.
    Tense,
    /// "last Friday": the one before the anchor.
    Last,
    /// "next Friday": the one after the anchor.
    Next,
    /// "this Friday": the one in the anchor's week, month or year.
    This,
    /// "the previous Friday": the one before the previous mention (or the DCT).
    Before,
    /// "the following Monday": the one after the previous mention (or the DCT).
    After,
}

/// The year a quarter, half, season or month belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Named outright ("the third quarter of 1998", "fiscal 1998").
    Abs(i32),
    /// Relative to the DCT's year ("last year's third quarter").
    Dct(i32),
    /// Chosen by the tense.
    Tense,
}

/// What an expression means before anchoring.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(RefKind),
    /// Fully specified by the text.
    Abs(Val),
    /// A month and day without a year.
    MonthDay(u32, u32),
    /// A month and day in a year counted from the DCT's ("June 16 of last year").
    MonthDayOf(u32, u32, i32),
    /// A month, maybe with a year reference.
    Month(u32, Rel, Option<YearRef>),
    /// A weekday.
    Weekday(u32, Rel),
    /// Days from the DCT ("yesterday" = -1).
    DayRel(i64),
    /// A unit-sized period relative to the DCT ("last week" = Week, -1).
    Shift(Unit, i64),
    /// A point some distance away ("two years ago" = Year, 2, -1); `from_prev` when the
    /// text measures from an earlier mention ("a year earlier").
    Ago(Unit, Option<f64>, i64, bool),
    /// Relative to the previous mention ("the next day" = Day, +1; "that day" = Day, 0).
    Anaphor(Unit, i64),
    /// A length of time; `None` = unspecified (`PXY`).
    Duration(Option<f64>, Unit),
    /// A length of time with a fixed value ("a while" = `PXX`).
    DurationValue(&'static str),
    /// A quarter; 0 = "the quarter" (the latest one).
    Quarter(u32, YearRef),
    /// A half year.
    Half(u32, YearRef),
    /// A season.
    Season(Season, Rel, Option<YearRef>),
    /// The weekend of the DCT's week, or the last / next one.
    Weekend(Rel),
    /// A year written in full.
    Year(i32),
    /// A recurrence.
    Set(String, Option<String>, Option<String>),
    /// A time of day on some day (`None` = the DCT's day, or the previous mention).
    Clock(Option<Box<Sem>>, u32, u32),
    /// A part of a day.
    PartOf(Box<Sem>, Part),
    /// "the year-ago quarter", "the year-earlier third quarter": the quarter under
    /// discussion (or the one named), a year before.
    YearAgoQuarter(Option<u32>),
    /// A feast whose date moves from year to year, shifted by some days ("Good
    /// Friday" is Easter less two, "Black Friday" Thanksgiving plus one).
    Feast(Feast, i64, Rel),
    /// "the 1988 period": the period of the previous mention (a quarter, a half) moved
    /// into the year given, or the year itself.
    YearPeriod(i32),
    /// "the week of April 8": the week containing a day.
    WeekOf(Box<Sem>),
    /// "the day before last Tuesday", "the day after Christmas": a day named by its
    /// distance in days from another.
    DayFrom(Box<Sem>, i64),
}

/// Whether an expression names one calendar day, so that a distance in days from it
/// is a day too.
fn names_a_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::MonthDay(..)
            | Sem::MonthDayOf(..)
            | Sem::Weekday(..)
            | Sem::Abs(Val::Day(_))
            | Sem::Feast(..)
    )
}

/// Feasts computed per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// Thanksgiving Day, the fourth Thursday of November in the United States.
    Thanksgiving,
    /// Easter Sunday of the Western churches.
    Easter,
    /// Labor Day, the first Monday of September in the United States and Canada.
    LaborDay,
    /// Memorial Day, the last Monday of May in the United States.
    MemorialDay,
}

impl Feast {
    /// The feast's day in year `y`, shifted by `offset` days.
    pub fn day(self, y: i32, offset: i64) -> Option<chrono::NaiveDate> {
        let d = match self {
            Feast::Thanksgiving => thanksgiving(y)?,
            Feast::Easter => easter(y)?,
            Feast::LaborDay => {
                chrono::NaiveDate::from_weekday_of_month_opt(y, 9, chrono::Weekday::Mon, 1)?
            }
            Feast::MemorialDay => {
                let last = chrono::NaiveDate::from_ymd_opt(y, 5, 31)?;
                last - chrono::Duration::days(i64::from(
                    chrono::Datelike::weekday(&last).num_days_from_monday(),
                ))
            }
        };
        d.checked_add_signed(chrono::Duration::days(offset))
    }

    /// The month the feast falls in, for a value without a year.
    pub fn month(self) -> u32 {
        match self {
            Feast::Thanksgiving => 11,
            Feast::Easter => 4,
            Feast::LaborDay => 9,
            Feast::MemorialDay => 5,
        }
    }
}

/// One recognised expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The meaning.
    pub sem: Sem,
    /// TIMEX3 `mod`.
    pub modifier: Option<&'static str>,
}

/// The parser over one document's tokens.
pub struct Parser<'a> {
    pub toks: &'a [Token],
    pub text: &'a str,
}

fn unit_value_letter(u: Unit) -> Option<(&'static str, bool, f64)> {
    // (letter, time part, multiplier)
    Some(match u {
        Unit::Second => ("S", true, 1.0),
        Unit::Minute => ("M", true, 1.0),
        Unit::Hour => ("H", true, 1.0),
        Unit::Day => ("D", false, 1.0),
        Unit::Week => ("W", false, 1.0),
        Unit::Weekend => ("WE", false, 1.0),
        Unit::Month => ("M", false, 1.0),
        Unit::Quarter => ("M", false, 3.0),
        Unit::Half => ("M", false, 6.0),
        Unit::Year => ("Y", false, 1.0),
        Unit::Decade => ("Y", false, 10.0),
        Unit::Century => ("Y", false, 100.0),
        Unit::Millennium => ("Y", false, 1000.0),
    })
}

/// The ISO 8601 duration for `n` of `unit` (`None` = unspecified).
pub fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let Some((letter, time, mult)) = unit_value_letter(unit) else {
        return "PXX".to_owned();
    };
    let t = if time { "T" } else { "" };
    match n {
        None => match unit {
            Unit::Decade => "PXDE".to_owned(),
            Unit::Century => "PXC".to_owned(),
            Unit::Quarter => "PXQ".to_owned(),
            _ => format!("P{t}X{letter}"),
        },
        // TimeML counts quarters in their own unit ("the past two quarters" is P2Q,
        // as "several quarters" is PXQ); a fraction of one falls back to months.
        Some(n) if unit == Unit::Quarter && n.fract() == 0.0 => format!("P{}Q", n as i64),
        Some(n) => {
            let v = n * mult;
            if v.fract() == 0.0 {
                format!("P{t}{}{letter}", v as i64)
            } else {
                // A fractional count moves to the next smaller unit where one exists.
                let (small, k) = match unit {
                    Unit::Year => ("M", 12.0),
                    Unit::Month => ("D", 30.0),
                    Unit::Day => ("H", 24.0),
                    Unit::Hour => ("M", 60.0),
                    Unit::Minute => ("S", 60.0),
                    Unit::Week => ("D", 7.0),
                    _ => ("", 0.0),
                };
                if k == 0.0 {
                    return format!("P{t}{v}{letter}");
                }
                let whole = v.trunc() as i64;
                let part = ((v - v.trunc()) * k).round() as i64;
                let tt = if unit == Unit::Day { "T" } else { t };
                if whole == 0 {
                    format!("P{tt}{part}{small}")
                } else if unit == Unit::Day {
                    format!("P{whole}DT{part}H")
                } else {
                    format!("P{t}{whole}{letter}{part}{small}")
                }
            }
        }
    }
}

impl<'a> Parser<'a> {
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// True when the word at `i` is written in capitals only ("TODAY").
    fn all_caps(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(s)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..t.end].starts_with(c))
    }

    /// A hyphen glued to both neighbours ("third-quarter").
    fn hyphen(&self, i: usize) -> bool {
        self.punct(i, '-')
            && self.toks.get(i + 1).is_some_and(|t| !t.space_before)
            && !self.toks[i].space_before
    }

    /// A four-digit year token at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.num(i)?;
        if t.digits == 4 && (1000.0..=2199.0).contains(&t.num) {
            Some(t.num as i32)
        } else {
            None
        }
    }

    /// A year spoken in words ("nineteen ninety-six", "two thousand").
    fn spoken_year(&self, i: usize) -> Option<(usize, i32)> {
        let hi = match self.lex(i) {
            Lex::Small(n) if (11..=19).contains(&n) => n,
            Lex::Tens(20) => 20,
            Lex::Small(2) if self.lex(i + 1) == Lex::Scale(1000) => {
                let mut e = i + 2;
                if self.lex(e) == Lex::And {
                    e += 1;
                }
                if let Some((e2, v)) = self.number(e).filter(|(_, v)| *v < 100.0) {
                    return Some((e2, 2000 + v as i32));
                }
                return Some((i + 2, 2000));
            }
            _ => return None,
        };
        let (e, lo) = match self.lex(i + 1) {
            Lex::Tens(_) => self.number(i + 1)?,
            Lex::Small(n) if n >= 10 => (i + 2, n as f64),
            _ => return None,
        };
        Some((e, (hi * 100) as i32 + lo as i32))
    }

    /// ", 1998" or " 1998" after a month and day.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.punct(i, ',') { i + 1 } else { i };
        if let Some(y) = self.year_at(j) {
            return Some((j + 1, y));
        }
        if let Some((e, y)) = self.spoken_year(j) {
            return Some((e, y));
        }
        None
    }

    /// A year reference after a month, quarter or season: "of 1998", "1998", "last
    /// year", "of next year", "this year".
    fn year_ref_after(&self, i: usize) -> Option<(usize, YearRef)> {
        let j = if self.lex(i) == Lex::Of || self.punct(i, ',') {
            i + 1
        } else {
            i
        };
        if let Some(y) = self.year_at(j) {
            return Some((j + 1, YearRef::Abs(y)));
        }
        if let Some((e, y)) = self.spoken_year(j) {
            return Some((e, YearRef::Abs(y)));
        }
        // "the first half of the year", "the third quarter of the year": the year
        // under way, as in "the end of the year"; one expression with its "of"-phrase
        // (guidelines 2.2.1, extent item 2.d.1: "October of 1963", "summer of 1964").
        if self.lex(i) == Lex::Of
            && self.lex(j) == Lex::The
            && self.lex(j + 1) == Lex::Unit(Unit::Year, false)
            && !self.hyphen(j + 2)
            && !(self.punct(j + 2, '\'') && self.is(j + 3, "s"))
        {
            return Some((j + 2, YearRef::Dct(0)));
        }
        let k = if self.lex(j) == Lex::The { j + 1 } else { j };
        if self.lex(k + 1) == Lex::Unit(Unit::Year, false) {
            let off = match self.lex(k) {
                Lex::Last | Lex::Past | Lex::Previous => -1,
                Lex::This | Lex::Current => 0,
                Lex::Next | Lex::Coming | Lex::Following => 1,
                _ => return None,
            };
            return Some((k + 2, YearRef::Dct(off)));
        }
        None
    }

    /// A day-of-month number (1–31) at `i`, as digits or an ordinal.
    fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let d = match t.kind {
            Kind::Num if t.digits > 0 && t.digits <= 2 => t.num as u32,
            Kind::OrdNum => t.num as u32,
            Kind::Word => match t.lex {
                Lex::Ordinal(n) => n,
                _ => return None,
            },
            _ => return None,
        };
        (1..=31).contains(&d).then_some(d)
    }

    /// True when a capitalised month word at `i` reads as a month here. "May" and
    /// "March" are also a verb; they count as months next to a number or after a
    /// preposition or modifier.
    fn month_ok(&self, i: usize, m: u32) -> bool {
        let t = &self.toks[i];
        if !t.cap {
            return false;
        }
        if m != 5 && m != 3 {
            return true;
        }
        let next = self.skip_abbrev_dot(i + 1);
        if self.day_num(next).is_some()
            || self.year_at(next).is_some()
            || self.year_at(next + 1).is_some()
        {
            return true;
        }
        // "12 March", "the 3rd of May": the day-first order of British and
        // international copy.
        if i > 0
            && (self.day_num(i - 1).is_some()
                || (self.lex(i - 1) == Lex::Of && i > 1 && self.day_num(i - 2).is_some()))
        {
            return true;
        }
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        matches!(
            prev.to_ascii_lowercase().as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "of"
                | "last"
                | "next"
                | "this"
                | "early"
                | "late"
                | "mid"
                | "from"
                | "through"
                | "before"
                | "after"
                | "during"
                | "-"
                | "and"
                | "or"
        ) || (prev.eq_ignore_ascii_case("to") && self.range_start_before(i - 1))
    }

    /// Whether a date ends right before token `k` (the "to" of "from March to May",
    /// "Sept. 14 to May"), so that a verb-like month after it is the end of a range, a
    /// date of its own (guidelines 2.2.1, extent item 2.b; specification 2.3, "1992
    /// through 1995").
    fn range_start_before(&self, k: usize) -> bool {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        let j = if self.punct(j, '.') && j > 0 {
            j - 1
        } else {
            j
        };
        matches!(self.lex(j), Lex::Month(_) | Lex::MonthAbbr(_))
            || self.year_at(j).is_some()
            || (self.day_num(j).is_some()
                && j > 0
                && matches!(
                    self.lex(self.skip_dot_back(j - 1)),
                    Lex::Month(_) | Lex::MonthAbbr(_)
                ))
    }

    /// The token before an abbreviation's full stop at `k`, or `k` itself.
    fn skip_dot_back(&self, k: usize) -> usize {
        if self.punct(k, '.') && k > 0 {
            k - 1
        } else {
            k
        }
    }

    /// A month: `(end, month)` including the dot of an abbreviation.
    fn month(&self, i: usize) -> Option<(usize, u32)> {
        match self.lex(i) {
            Lex::Month(m) if self.month_ok(i, m) => Some((i + 1, m)),
            // "Jan" without its dot or a number after it is more often a name.
            Lex::MonthAbbr(m)
                if self.toks[i].cap
                    && (self.skip_abbrev_dot(i + 1) > i + 1
                        || self.day_num(i + 1).is_some()
                        || self.year_at(i + 1).is_some()) =>
            {
                Some((self.skip_abbrev_dot(i + 1), m))
            }
            _ => None,
        }
    }

    /// "Sept. 30", "Sept. 30, 1998", "March 1998", "March", "30 March 1998".
    fn month_led(&self, i: usize) -> Option<(usize, Sem)> {
        let (e, m) = self.month(i)?;
        if let Some(d) = self.day_num(e) {
            let mut e2 = e + 1;
            if self.is(e2, "th") || self.is(e2, "st") {
                e2 += 1;
            }
            if let Some((e3, y)) = self.year_after(e2) {
                let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((e3, Sem::Abs(Val::Day(date))));
            }
            // "June 16th of last year", "May 3 of next year": the year named relative to
            // the DCT's is part of the date, as "March of next year" is (guidelines
            // 2.2.1, extent item 2.d.1: "October of 1963"; the value is the day in that
            // year, not the day chosen by the tense).
            if self.lex(e2) == Lex::Of
                && let Some((e3, YearRef::Dct(off))) = self.year_ref_after(e2)
            {
                return Some((e3, Sem::MonthDayOf(m, d, off)));
            }
            // A number after a month that is really a year in two digits is rare in
            // news; a day it is.
            return Some((e2, Sem::MonthDay(m, d)));
        }
        if let Some((e2, yr)) = self.year_ref_after(e) {
            return Some(match yr {
                YearRef::Abs(y) => (e2, Sem::Abs(Val::Month(y, m))),
                other => (e2, Sem::Month(m, Rel::Tense, Some(other))),
            });
        }
        Some((e, Sem::Month(m, Rel::Tense, None)))
    }

    /// "30 March 1998", "the 3rd of February".
    fn day_led(&self, i: usize) -> Option<(usize, Sem)> {
        // "second" is read as the unit elsewhere; before "of" and a month it is the day.
        let d = match self.day_num(i) {
            Some(d) => d,
            None if self.lex(i) == Lex::Unit(Unit::Second, false) && self.lex(i + 1) == Lex::Of => {
                2
            }
            None => return None,
        };
        let mut e = i + 1;
        if self.lex(e) == Lex::Of {
            e += 1;
        }
        let (e2, m) = self.month(e)?;
        if let Some((e3, y)) = self.year_after(e2) {
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((e3, Sem::Abs(Val::Day(date))));
        }
        Some((e2, Sem::MonthDay(m, d)))
    }

    /// A part of the day after a day word ("Wednesday night").
    fn part_after(&self, i: usize, day: Sem) -> (usize, Sem) {
        if let Lex::PartOfDay(p) = self.lex(i) {
            return (i + 1, Sem::PartOf(Box::new(day), p));
        }
        (i, day)
    }

    /// "Friday", "Saturday, April 25", "Wednesday night".
    fn weekday_led(&self, i: usize, rel: Rel) -> Option<(usize, Sem)> {
        let Lex::Weekday(w) = self.lex(i) else {
            return None;
        };
        if !self.toks[i].cap {
            return None;
        }
        // "The Sunday Times", "the Sunday Telegraph": a newspaper's title, no day.
        const TITLES: &[&str] = &[
            "Times",
            "Telegraph",
            "Express",
            "Mirror",
            "Herald",
            "Tribune",
            "Mail",
            "Observer",
            "Independent",
            "Post",
        ];
        if TITLES.iter().any(|w| self.word(i + 1) == *w) {
            return None;
        }
        let j = if self.punct(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some((e, sem)) = self.month_led(j)
            && matches!(sem, Sem::MonthDay(..) | Sem::Abs(Val::Day(_)))
        {
            return Some((e, sem));
        }
        if let Some((e, sem)) = self.day_led(j)
            && rel == Rel::Tense
        {
            return Some((e, sem));
        }
        // "Tuesday nights", "Sunday mornings": that part of every such day.
        let plural_part = [
            ("mornings", Part::Morning),
            ("afternoons", Part::Afternoon),
            ("evenings", Part::Evening),
            ("nights", Part::Night),
        ]
        .into_iter()
        .find(|(word, _)| self.is(i + 1, word));
        if let Some((_, p)) = plural_part
            && rel == Rel::Tense
        {
            return Some((
                i + 2,
                Sem::Set(
                    format!("XXXX-WXX-{w}T{}", p.code()),
                    None,
                    Some("EVERY".to_owned()),
                ),
            ));
        }
        Some(self.part_after(i + 1, Sem::Weekday(w, rel)))
    }

    /// "10 a.m.", "7:15 p.m.", "14:30", "noon", with a zone and a day after them.
    fn clock(&self, i: usize) -> Option<(usize, Sem)> {
        let t = self.tok(i)?;
        let (mut e, mut h, mut m) = match (t.kind, t.lex) {
            (Kind::Clock, _) => (i + 1, (t.num as u32) / 60, (t.num as u32) % 60),
            (Kind::Num, _) if t.digits > 0 && t.digits <= 2 && t.num >= 1.0 && t.num <= 12.0 => {
                (i + 1, t.num as u32, 0)
            }
            // "high noon" is an idiom.
            (_, Lex::Noon) if i > 0 && self.is(i - 1, "high") => return None,
            (_, Lex::Noon) => (i + 1, 12, 0),
            (_, Lex::Midnight) => (i + 1, 24, 0),
            _ => return None,
        };
        let mut has_marker =
            t.kind == Kind::Clock && h < 24 || matches!(t.lex, Lex::Noon | Lex::Midnight);
        // a.m. / p.m. / am / pm
        let ampm = |p: &Self, k: usize| -> Option<(usize, bool)> {
            match p.lex(k) {
                // "5pm." at the end of a sentence: the full stop is the sentence's.
                Lex::Am => Some((k + 1, false)),
                Lex::Pm => Some((k + 1, true)),
                Lex::A | Lex::None
                    if (p.is(k, "a") || p.is(k, "p"))
                        && p.punct(k + 1, '.')
                        && p.is(k + 2, "m")
                        && !p.toks[k + 1].space_before =>
                {
                    let pm = p.is(k, "p");
                    Some((p.skip_abbrev_dot(k + 3), pm))
                }
                _ => None,
            }
        };
        if !matches!(t.lex, Lex::Noon | Lex::Midnight)
            && let Some((e2, pm)) = ampm(self, e)
        {
            e = e2;
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
            has_marker = true;
        } else if self.is(e, "o") && self.punct(e + 1, '\'') && self.is(e + 2, "clock") {
            e += 3;
            has_marker = true;
        }
        // "4 in the morning", "9 in the evening"
        if !has_marker
            && self.lex(e) == Lex::None
            && self.is(e, "in")
            && self.lex(e + 1) == Lex::The
            && let Lex::PartOfDay(p) = self.lex(e + 2)
            && t.kind == Kind::Num
        {
            if matches!(p, Part::Afternoon | Part::Evening | Part::Night) && h < 12 {
                h += 12;
            }
            e += 3;
            has_marker = true;
        }
        if !has_marker {
            return None;
        }
        // Midnight closes its day: TimeML writes "midnight Friday" as Friday T24:00.
        if h == 24 && !matches!(t.lex, Lex::Midnight) {
            h = 0;
            m = 0;
        }
        let e = self.zone_after(e);
        let (e, day) = self.day_after(e);
        Some((e, Sem::Clock(day, h, m)))
    }

    /// A time zone after a clock time ("EST", "GMT", "local time"), with the comma of
    /// "4 p.m. EST, Dec. 3": the end of what belongs to the time.
    fn zone_after(&self, mut e: usize) -> usize {
        if self.lex(e) == Lex::Zone {
            e += 1;
        } else if self.is(e, "local") {
            e += 1;
            if self.lex(e) == Lex::Time {
                e += 1;
            }
        } else if self.lex(e + 1) == Lex::Time
            && self
                .tok(e)
                .is_some_and(|t| t.cap && t.kind == Kind::Word && t.lex == Lex::None)
        {
            // "1630 Baltic time", "9 a.m. Moscow time"
            e += 2;
        } else if ["Eastern", "Central", "Mountain", "Pacific"]
            .iter()
            .any(|z| self.word(e) == *z)
            && !self
                .tok(e + 1)
                .is_some_and(|t| t.cap && t.kind == Kind::Word && t.lex == Lex::None)
        {
            // "9 p.m. Eastern", "6 a.m. Pacific": the zone of US broadcast schedules
            // written without "time", inside the expression as "EST" is (TimeML
            // specification 2.3: a time zone is part of the TIME value's expression).
            // Not before another capitalised name ("Eastern Europe").
            e += 1;
        } else {
            return e;
        }
        // "4 p.m. EST, Dec. 3"
        if self.punct(e, ',')
            && matches!(
                self.lex(e + 1),
                Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Weekday(_)
            )
        {
            e += 1;
        }
        e
    }

    /// The day a clock time falls on, written right after it: "10 p.m. Wednesday",
    /// "noon Thursday", "5 p.m. Nov. 9", "10 a.m. yesterday", "2045 GMT last night"
    /// are one expression. "at 0830 GMT on Monday" is two (TimeML keeps the
    /// preposition out), but the time still takes its day from the date after "on".
    fn day_after(&self, mut e: usize) -> (usize, Option<Box<Sem>>) {
        let on = self.is(e, "on");
        let k = if on { e + 1 } else { e };
        let (k2, day) = match self.lex(k) {
            Lex::Weekday(w) if self.toks[k].cap => (k + 1, Some(Sem::Weekday(w, Rel::Tense))),
            Lex::Yesterday if !on => (k + 1, Some(Sem::DayRel(-1))),
            Lex::Today if !on => (k + 1, Some(Sem::DayRel(0))),
            Lex::Tomorrow if !on => (k + 1, Some(Sem::DayRel(1))),
            Lex::Tonight if !on => (k + 1, Some(Sem::DayRel(0))),
            Lex::Last if !on && self.lex(k + 1) == Lex::PartOfDay(Part::Night) => {
                (k + 2, Some(Sem::DayRel(-1)))
            }
            Lex::This if !on && matches!(self.lex(k + 1), Lex::PartOfDay(_)) => {
                (k + 2, Some(Sem::DayRel(0)))
            }
            Lex::Month(_) | Lex::MonthAbbr(_) => match self.month_led(k) {
                Some((e2, s @ (Sem::MonthDay(..) | Sem::Abs(Val::Day(_))))) => (e2, Some(s)),
                _ => (k, None),
            },
            // "10 a.m. on the second of April"
            Lex::The if on => match self.day_led(k + 1) {
                Some((e2, s @ (Sem::MonthDay(..) | Sem::Abs(Val::Day(_))))) => (e2, Some(s)),
                _ => (k, None),
            },
            // "midnight on New Year's Eve", "noon on Good Friday"
            Lex::Holiday(..) | Lex::Cue => match self.core(k) {
                Some((e2, s @ (Sem::MonthDay(..) | Sem::Abs(Val::Day(_)) | Sem::Feast(..)))) => {
                    (e2, Some(s))
                }
                _ => (k, None),
            },
            _ => (k, None),
        };
        if day.is_some() && !on {
            e = k2;
        }
        if day.is_none() && !on {
            // "at 1630 Baltic time (1430 GMT) on Monday": a conversion in parentheses
            // sits between the time and its day; so does the closing bracket of it.
            let close = if self.punct(e, ')') {
                Some(e)
            } else if self.punct(e, '(') {
                (e + 1..(e + 7).min(self.toks.len())).find(|&k| self.punct(k, ')'))
            } else {
                None
            };
            if let Some(c) = close
                && !self.punct(c + 1, '(')
            {
                return (e, self.day_after(c + 1).1);
            }
        }
        (e, day.map(Box::new))
    }

    /// "2340 GMT", "0545 local time", "2130 hrs local time", "at 1620 hours": a clock
    /// time of wire copy, written as four digits.
    fn four_digit_clock(&self, i: usize) -> Option<(usize, Sem)> {
        let t = self.num(i).filter(|t| t.digits == 4)?;
        let digits = &self.text[t.start..t.end];
        let (h, m) = ((t.num as u32) / 100, (t.num as u32) % 100);
        if h >= 24 || m >= 60 {
            return None;
        }
        let mut e = i + 1;
        let hours = matches!(self.lex(e), Lex::Unit(Unit::Hour, true));
        if hours {
            e += 1;
        }
        let zoned = self.zone_after(e);
        // "at 1620 hours", "0900 hrs": without a zone, a preposition of time or a
        // leading zero says it is a time, not "1,500 hours" of work.
        let cue = i > 0
            && [
                "at", "by", "until", "till", "before", "about", "around", "from",
            ]
            .iter()
            .any(|w| self.is(i - 1, w));
        if zoned == e && !(hours && (cue || digits.starts_with('0')) && self.lex(e) != Lex::Of) {
            return None;
        }
        let (e, day) = self.day_after(zoned);
        Some((e, Sem::Clock(day, h, m)))
    }

    /// Number-led expressions: years, decades, dates in digits, durations, times.
    fn number_led(&self, i: usize) -> Option<(usize, Sem)> {
        let t = self.tok(i)?;
        let mut best: Option<(usize, Sem)> = None;
        let mut take = |c: Option<(usize, Sem)>| {
            if let Some((e, s)) = c
                && best.as_ref().is_none_or(|(be, _)| e > *be)
            {
                best = Some((e, s));
            }
        };
        match t.kind {
            Kind::Decade => {
                // "in his 30s", "in my early 20s" are ages.
                let owner = |k: usize| {
                    ["his", "her", "their", "my", "your", "its", "our"]
                        .iter()
                        .any(|w| self.is(k, w))
                };
                if t.digits == 2
                    && i > 0
                    && (owner(i - 1)
                        || (i > 2 && self.hyphen(i - 1) && owner(i - 3))
                        || (i > 1
                            && ["early", "mid", "late"].iter().any(|w| self.is(i - 1, w))
                            && owner(i - 2)))
                {
                    return None;
                }
                // "a handful of $20s" (banknotes), "in the low-50s", "the high 30s"
                // (a band of figures: percentages, temperatures, poll numbers). Not
                // times: a currency sign makes an amount, as for years (README, "Not
                // times"), and a decade is early, mid or late, never low or high.
                if t.digits == 2
                    && i > 0
                    && (self.punct(i - 1, '$')
                        || ["low", "high", "upper", "lower"].iter().any(|w| {
                            self.is(i - 1, w) || (i > 1 && self.hyphen(i - 1) && self.is(i - 2, w))
                        }))
                {
                    return None;
                }
                let v = t.num as i32;
                let decade = if t.digits == 4 {
                    v / 10
                } else if v >= 20 {
                    190 + v / 10
                } else {
                    200 + v / 10
                };
                take(Some((i + 1, Sem::Abs(Val::Decade(decade)))));
            }
            Kind::OrdNum => {
                if self.lex(i + 1) == Lex::Unit(Unit::Century, false) {
                    take(Some((i + 2, Sem::Abs(Val::Century(t.num as i32 - 1)))));
                }
                take(self.day_led(i));
            }
            Kind::Clock => take(self.clock(i)),
            Kind::Num => {
                if let Some(y) = self.year_at(i) {
                    // ISO date "2024-02-03"
                    if self.hyphen(i + 1)
                        && self.hyphen(i + 3)
                        && let (Some(m), Some(d)) = (self.num(i + 2), self.num(i + 4))
                        && let Some(date) =
                            chrono::NaiveDate::from_ymd_opt(y, m.num as u32, d.num as u32)
                    {
                        take(Some((i + 5, Sem::Abs(Val::Day(date)))));
                    }
                    let prev_money = i > 0 && (self.punct(i - 1, '$') || self.punct(i - 1, '#'));
                    let next_bad = self.punct(i + 1, '%')
                        || matches!(self.lex(i + 1), Lex::Unit(..) | Lex::Zone)
                        || self.zone_after(i + 1) > i + 1
                        || self.is(i + 1, "percent");
                    if !prev_money && !next_bad {
                        take(Some((i + 1, Sem::Year(y))));
                    }
                    // "the 1988 third quarter", "the 1988 quarter"
                    let q = match (self.lex(i + 1), self.lex(i + 2)) {
                        (Lex::Unit(Unit::Quarter, false), _) => Some((0, i + 2)),
                        (Lex::Ordinal(n), Lex::Unit(Unit::Quarter, false)) if n <= 4 => {
                            Some((n, i + 3))
                        }
                        (Lex::Unit(Unit::Second, false), Lex::Unit(Unit::Quarter, false)) => {
                            Some((2, i + 3))
                        }
                        _ => None,
                    };
                    if let Some((q, e)) = q {
                        take(Some((e, Sem::Quarter(q, YearRef::Abs(y)))));
                    }
                }
                // US numeric date "2/3/2024"
                if self.punct(i + 1, '/')
                    && self.punct(i + 3, '/')
                    && let (Some(d), Some(y)) = (self.num(i + 2), self.num(i + 4))
                    && y.digits == 4
                    && let Some(date) =
                        chrono::NaiveDate::from_ymd_opt(y.num as i32, t.num as u32, d.num as u32)
                {
                    take(Some((i + 5, Sem::Abs(Val::Day(date)))));
                }
                // The same with a two-digit year, written glued ("9/17/16", "3/2/87"):
                // the century by the POSIX `strptime` rule for `%y` (69-99 are 19xx,
                // 00-68 are 20xx). A date in digits is a DATE whatever its form
                // (guidelines 2.2.1; specification 2.3, calendar dates).
                if self.punct(i + 1, '/')
                    && self.punct(i + 3, '/')
                    && (i + 1..=i + 4).all(|k| self.toks.get(k).is_some_and(|t| !t.space_before))
                    && let (Some(d), Some(y)) = (self.num(i + 2), self.num(i + 4))
                    && y.digits == 2
                    && t.digits <= 2
                    && d.digits <= 2
                    && !self.punct(i + 5, '/')
                    && let yy = y.num as i32
                    && let Some(date) = chrono::NaiveDate::from_ymd_opt(
                        if yy >= 69 { 1900 + yy } else { 2000 + yy },
                        t.num as u32,
                        d.num as u32,
                    )
                {
                    take(Some((i + 5, Sem::Abs(Val::Day(date)))));
                }
                take(self.day_led(i));
                take(self.clock(i));
                // Wire-service times: "2340 GMT", "0900 EST", "2130 hrs local time".
                take(self.four_digit_clock(i));
            }
            _ => {}
        }
        best
    }

    /// Expressions led by a relative word: "last week", "next Friday", "this
    /// morning", "the past three years", "the following day".
    fn relative(&self, i: usize) -> Option<(usize, Sem)> {
        let dir = match self.lex(i) {
            Lex::Last | Lex::Past | Lex::Previous => -1,
            Lex::Next | Lex::Coming | Lex::Following => 1,
            Lex::This | Lex::Current => 0,
            Lex::That => 0,
            _ => return None,
        };
        if self.lex(i) == Lex::This && matches!(self.lex(i + 1), Lex::Past | Lex::Coming) {
            return self.relative(i + 1);
        }
        // "that same day"
        if self.lex(i) == Lex::That
            && self.is(i + 1, "same")
            && let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) =
                self.lex(i + 2)
            && !self.hyphen(i + 3)
        {
            return Some((i + 3, Sem::Anaphor(u, 0)));
        }
        // "this year's third quarter", "last year's fourth quarter"
        if self.lex(i + 1) == Lex::Unit(Unit::Year, false)
            && self.punct(i + 2, '\'')
            && self.is(i + 3, "s")
            && !matches!(self.lex(i), Lex::Following | Lex::Previous | Lex::That)
        {
            let k = i + 4;
            let (q, e) = match (self.lex(k), self.lex(k + 1)) {
                (Lex::Unit(Unit::Quarter, false), _) => (Some(0), k + 1),
                (Lex::Ordinal(n), Lex::Unit(Unit::Quarter, false)) if n <= 4 => (Some(n), k + 2),
                (Lex::Unit(Unit::Second, false), Lex::Unit(Unit::Quarter, false)) => {
                    (Some(2), k + 2)
                }
                _ => (None, k),
            };
            if let Some(q) = q {
                return Some((e, Sem::Quarter(q, YearRef::Dct(dir))));
            }
        }
        let anaphoric = matches!(self.lex(i), Lex::Following | Lex::Previous | Lex::That);
        let j = i + 1;
        // "the next couple of years", "the past couple of weeks": a stretch of about
        // two.
        // Current news English drops the "of" ("the next couple days"); the extent is
        // the same noun phrase either way (guidelines 2.2.1, item 2: determiners and
        // pre-modifiers belong to the expression).
        if self.lex(j) == Lex::Vague("couple") && self.lex(i) != Lex::That {
            let k = if self.lex(j + 1) == Lex::Of {
                j + 2
            } else {
                j + 1
            };
            if let Lex::Unit(u, true) = self.lex(k)
                && u != Unit::Weekend
            {
                return Some((k + 1, Sem::Duration(Some(2.0), u)));
            }
        }
        // "the past three years": a duration.
        if let Some((e, n, unit, _)) = self.duration(j)
            && !(n == Some(1.0) && self.lex(j) == Lex::A)
            && self.lex(i) != Lex::That
        {
            return Some((e, Sem::Duration(n, unit)));
        }
        // "the past decade", "over the past century": the ten or hundred years up to
        // now, a duration ending at the DCT like "the past ten years" (guidelines
        // 1.2.1, section 2.2.3, type DURATION), not the previous calendar decade, which
        // news names by its years ("the 1980s"). "last decade" stays the calendar one.
        if self.lex(i) == Lex::Past
            && let Lex::Unit(u @ (Unit::Decade | Unit::Century), false) = self.lex(j)
            && !self.hyphen(j + 1)
        {
            return Some((j + 1, Sem::Duration(Some(1.0), u)));
        }
        let rel = match dir {
            -1 => Rel::Last,
            1 => Rel::Next,
            _ => Rel::This,
        };
        match self.lex(j) {
            // "This Week", "CBS This Morning" capitalised mid-sentence are titles (of
            // television shows), not times.
            Lex::Unit(..) | Lex::PartOfDay(_)
                if self.toks[j].cap
                    && i > 0
                    && self.toks[i - 1].sentence == self.toks[i].sentence =>
            {
                None
            }
            Lex::Unit(Unit::Day, true) if dir == 0 && self.is(i, "these") => {
                Some((j + 1, Sem::Ref(RefKind::Present)))
            }
            Lex::Unit(u, false) => {
                let e = j + 1;
                if u == Unit::Weekend {
                    return Some((e, Sem::Weekend(rel)));
                }
                if anaphoric || (u == Unit::Day && dir != 0) {
                    return Some((e, Sem::Anaphor(u, dir as i64)));
                }
                if matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                if u == Unit::Day {
                    return None;
                }
                Some((e, Sem::Shift(u, dir as i64)))
            }
            Lex::Unit(u, true) if dir != 0 && !anaphoric && u != Unit::Weekend => {
                // "in coming months", "over past years": a stretch of unspecified length.
                Some((j + 1, Sem::Duration(None, u)))
            }
            // "that afternoon", "that same night": a part of the day under discussion,
            // anchored as "that day" is (TimeML guidelines 2.2.1, item 2: the
            // determiner is part of the expression). After a verb of saying, "that" is
            // the complementizer ("said that night shifts were cut").
            Lex::PartOfDay(p)
                if self.lex(i) == Lex::That
                    && !(i > 0
                        && [
                            "said", "says", "say", "told", "tells", "added", "noted", "argued",
                            "believe", "believes", "think", "thinks", "knew", "know",
                        ]
                        .iter()
                        .any(|w| self.is(i - 1, w))) =>
            {
                Some((j + 1, Sem::PartOf(Box::new(Sem::Anaphor(Unit::Day, 0)), p)))
            }
            // "the next morning", "the following evening"
            Lex::PartOfDay(p)
                if dir != 0
                    && matches!(self.lex(i), Lex::Next | Lex::Following | Lex::Previous) =>
            {
                Some((
                    j + 1,
                    Sem::PartOf(Box::new(Sem::Anaphor(Unit::Day, dir as i64)), p),
                ))
            }
            Lex::Holiday(_, 0) if !anaphoric && self.toks[j].cap => self
                .feast(j)
                .map(|(e, f, off)| (e, self.feast_week(j, e, Sem::Feast(f, off, rel)))),
            // "the previous Friday", "the following Monday": counted from the day
            // under discussion.
            // Without "the", "following Monday's decision" is the preposition.
            Lex::Weekday(w)
                if self.toks[j].cap
                    && (self.lex(i) == Lex::Previous
                        || (self.lex(i) == Lex::Following
                            && i > 0
                            && self.lex(i - 1) == Lex::The)) =>
            {
                let rel = if dir < 0 { Rel::Before } else { Rel::After };
                Some(self.part_after(j + 1, Sem::Weekday(w, rel)))
            }
            // "the current fiscal year", "next fiscal year"
            Lex::Fiscal if self.lex(j + 1) == Lex::Unit(Unit::Year, false) && !anaphoric => {
                Some((j + 2, Sem::Shift(Unit::Year, dir as i64)))
            }
            Lex::Weekday(w) if self.toks[j].cap && !anaphoric => {
                // "next Tuesday, March 10", "this coming Sunday, March 8": the date in
                // apposition restates the day and is one expression with it, as
                // "Friday, Oct. 23" is (guidelines 2.2.1, extent items 2.a and 2.d.1);
                // the date carries the value.
                if self.punct(j + 1, ',')
                    && let Some((e, sem)) = self.month_led(j + 2)
                    && matches!(sem, Sem::MonthDay(..) | Sem::Abs(Val::Day(_)))
                {
                    return Some((e, sem));
                }
                Some(self.part_after(j + 1, Sem::Weekday(w, rel)))
            }
            // "last Oct. 23": the date alone carries the meaning.
            Lex::Month(_) | Lex::MonthAbbr(_)
                if self.day_num(self.skip_abbrev_dot(j + 1)).is_some() =>
            {
                None
            }
            Lex::Month(m) if self.toks[j].cap && !anaphoric => {
                Some((j + 1, Sem::Month(m, rel, None)))
            }
            Lex::MonthAbbr(m) if self.toks[j].cap && !anaphoric => {
                Some((self.skip_abbrev_dot(j + 1), Sem::Month(m, rel, None)))
            }
            Lex::Season(s) if !anaphoric => Some((j + 1, Sem::Season(s, rel, None))),
            Lex::PartOfDay(p) if dir == 0 && self.lex(i) == Lex::This => {
                Some((j + 1, Sem::PartOf(Box::new(Sem::DayRel(0)), p)))
            }
            Lex::PartOfDay(Part::Night) if dir == -1 && self.lex(i) == Lex::Last => {
                Some((j + 1, Sem::PartOf(Box::new(Sem::DayRel(-1)), Part::Night)))
            }
            _ => None,
        }
    }

    /// "the third quarter", "third-quarter", "the first half", "the fiscal first
    /// quarter", "the first nine months", "the twentieth century".
    fn ordinal_led(&self, i: usize) -> Option<(usize, Sem)> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) => n,
            Lex::Unit(Unit::Second, false) => 2,
            Lex::Last | Lex::Final if self.is(i + 1, "half") => 2,
            Lex::Last | Lex::Final if self.lex(i + 1) == Lex::Unit(Unit::Quarter, false) => 4,
            // "the last week of March": 5 stands for the last.
            Lex::Last | Lex::Final
                if self.lex(i + 1) == Lex::Unit(Unit::Week, false)
                    && self.lex(i + 2) == Lex::Of =>
            {
                5
            }
            _ => match self.tok(i) {
                Some(t) if t.kind == Kind::OrdNum => t.num as u32,
                _ => return None,
            },
        };
        let mut j = i + 1;
        if self.hyphen(j) {
            j += 1;
        }
        if self.lex(j) == Lex::Fiscal {
            j += 1;
        }
        // "the first nine months": a duration.
        if (n == 1 || self.lex(i) == Lex::Ordinal(1))
            && let Some((e, c, unit, _)) = self.duration(j)
            && c.is_some_and(|c| c > 1.0)
        {
            return Some((e, Sem::Duration(c, unit)));
        }
        let mk = |e: usize, f: &dyn Fn(YearRef) -> Sem| -> (usize, Sem) {
            match self.year_ref_after(e) {
                Some((e2, yr)) => (e2, f(yr)),
                None => (e, f(YearRef::Tense)),
            }
        };
        match self.lex(j) {
            Lex::Unit(Unit::Quarter, false) if (1..=4).contains(&n) => {
                Some(mk(j + 1, &|yr| Sem::Quarter(n, yr)))
            }
            Lex::Unit(Unit::Century, false) if n >= 1 => {
                Some((j + 1, Sem::Abs(Val::Century(n as i32 - 1))))
            }
            Lex::None if (n == 1 || n == 2) && self.is(j, "half") => {
                Some(mk(j + 1, &|yr| Sem::Half(n, yr)))
            }
            // "the first week of March", "the last week of June 2024": one expression
            // with its month (guidelines 2.2.1, item 2.d.1), the calendar week that
            // holds the middle of those seven days (the 4th, 11th, 18th, 25th; the last
            // week ends on the month's last day).
            Lex::Unit(Unit::Week, false) if (1..=5).contains(&n) && self.lex(j + 1) == Lex::Of => {
                let (e, month) = self.month_led(j + 2)?;
                let mid = |mo: u32| match (n, mo) {
                    (1..=4, _) => 7 * (n - 1) + 4,
                    (_, 2) => 25,
                    (_, 4 | 6 | 9 | 11) => 27,
                    _ => 28,
                };
                let day = match month {
                    Sem::Month(mo, Rel::Tense, None) => Sem::MonthDay(mo, mid(mo)),
                    Sem::Abs(Val::Month(y, mo)) => {
                        Sem::Abs(Val::Day(chrono::NaiveDate::from_ymd_opt(y, mo, mid(mo))?))
                    }
                    _ => return None,
                };
                Some((e, Sem::WeekOf(Box::new(day))))
            }
            _ => None,
        }
    }

    /// A part of a period named before its "of"-phrase, at `j` after "the": "first half
    /// of" or "last half of" a decade or century (a year's halves are `Sem::Half`, in
    /// `ordinal_led`), "early part of", "latter part of", "last part of" any calendar
    /// period. Gives the `mod` of the part (its start or its end), and whether the
    /// period is a decade or century, which parses with its own determiner.
    /// A word at `k` that opens a post-modifier naming an event after a length of time
    /// ("of talks", "before the vote", "that followed").
    fn event_complement(&self, k: usize) -> bool {
        [
            "of",
            "before",
            "after",
            "that",
            "when",
            "following",
            "leading",
            "since",
        ]
        .iter()
        .any(|w| self.is(k, w))
    }

    /// A part of a period named at `j` ("early part of", `part_of`) right after a
    /// leading "the", with no position word yet: when there is one, its position is
    /// taken, `j` moves past the three words, and the "the" is the part's own unless the
    /// period keeps its determiner. True when it was taken.
    fn take_part(
        &self,
        j: &mut usize,
        position: &mut Option<&'static str>,
        the_at: &mut Option<usize>,
    ) -> bool {
        if position.is_some() || *the_at != Some(j.wrapping_sub(1)) {
            return false;
        }
        let Some((m, own_the)) = self.part_of(*j) else {
            return false;
        };
        *position = Some(m);
        *j += 3;
        // A decade keeps its own determiner ("the 1980s"); "the year" is read as after
        // "the end of".
        if own_the {
            *the_at = None;
        }
        true
    }

    fn part_of(&self, j: usize) -> Option<(&'static str, bool)> {
        // The lexicon first: "of" two words on is rare, the word compares are not.
        if self.lex(j + 2) != Lex::Of {
            return None;
        }
        let half = self.is(j + 1, "half");
        if !(half || self.is(j + 1, "part")) {
            return None;
        }
        let m = match self.lex(j) {
            Lex::Ordinal(1) => "START",
            Lex::Early if !half => "START",
            Lex::Unit(Unit::Second, false) | Lex::Last | Lex::Final => "END",
            Lex::Later | Lex::Late if !half => "END",
            Lex::None if self.is(j, "latter") => "END",
            _ => return None,
        };
        let f = self.parse(j + 3)?;
        if f.start != j + 3 || f.modifier.is_some() {
            return None;
        }
        match f.sem {
            Sem::Abs(Val::Decade(_) | Val::Century(_)) => Some((m, true)),
            Sem::Abs(Val::Year(_) | Val::Month(..) | Val::Season(..))
            | Sem::Year(_)
            | Sem::Month(..)
            | Sem::Anaphor(Unit::Year | Unit::Month, 0)
                if !half =>
            {
                Some((m, false))
            }
            _ => None,
        }
    }

    /// "the day before last Tuesday", "the day after Christmas": as with "the day
    /// before yesterday", two expressions ordered one after the other are one (extent
    /// item 2.d.2, "2 days before yesterday"). An event after "before" ("the day before
    /// the vote") is no date and leaves "the day" to the other rules.
    fn day_from(&self, i: usize) -> Option<(usize, Sem)> {
        if self.lex(i) != Lex::Unit(Unit::Day, false)
            || self.lex(i.wrapping_sub(1)) != Lex::The
            || !matches!(self.lex(i + 1), Lex::Before | Lex::After)
        {
            return None;
        }
        let f = self.parse(i + 2)?;
        if f.start != i + 2 || f.modifier.is_some() || !names_a_day(&f.sem) {
            return None;
        }
        let n = if self.lex(i + 1) == Lex::Before {
            -1
        } else {
            1
        };
        Some((f.end, Sem::DayFrom(Box::new(f.sem), n)))
    }

    /// The core of an expression at `i`: the longest reading.
    pub fn core(&self, i: usize) -> Option<(usize, Sem)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            if t.kind == Kind::Punct && self.text[t.start..t.end] == *"'" {
                // "'90s"
                if let Some(n) = self
                    .tok(i + 1)
                    .filter(|n| n.kind == Kind::Decade && !n.space_before)
                {
                    let v = n.num as i32;
                    let d = if v >= 20 { 190 + v / 10 } else { 200 + v / 10 };
                    return Some((i + 2, Sem::Abs(Val::Decade(d))));
                }
                return None;
            }
            let n = self.number_led(i);
            let d = self
                .duration(i)
                .map(|(e, n, u, _)| (e, Sem::Duration(n, u)));
            return longest(n, d);
        }
        if let Some(found) = self.day_from(i) {
            return Some(found);
        }
        match t.lex {
            // "the day before yesterday", "the day after tomorrow": a sequence of two
            // expressions ordered one after the other is one (extent item 2.d.2, "2 days
            // before yesterday").
            Lex::Unit(Unit::Day, false)
                if self.lex(i.wrapping_sub(1)) == Lex::The
                    && matches!(
                        (self.lex(i + 1), self.lex(i + 2)),
                        (Lex::Before, Lex::Yesterday) | (Lex::After, Lex::Tomorrow)
                    ) =>
            {
                let n = if self.lex(i + 1) == Lex::Before {
                    -2
                } else {
                    2
                };
                Some((i + 3, Sem::DayRel(n)))
            }
            // "mid-afternoon", "mid morning Tuesday": the middle of a part of the day
            // named after it, or else of the day under discussion.
            Lex::PartOfDay(p)
                if self.is(i.wrapping_sub(1), "mid")
                    || (self.punct(i.wrapping_sub(1), '-')
                        && self.is(i.wrapping_sub(2), "mid")) =>
            {
                let (e, day) = self.day_after(i + 1);
                let day = day.map_or(Sem::Anaphor(Unit::Day, 0), |d| *d);
                Some((e, Sem::PartOf(Box::new(day), p)))
            }
            Lex::Month(_) | Lex::MonthAbbr(_) => self.month_led(i),
            Lex::Weekday(_) => self.weekday_led(i, Rel::Tense),
            Lex::Weekdays(w) if t.cap => Some((
                i + 1,
                Sem::Set(format!("XXXX-WXX-{w}"), None, Some("EVERY".to_owned())),
            )),
            Lex::Yesterday => Some(self.part_after(i + 1, Sem::DayRel(-1))),
            // "USA TODAY" is a newspaper.
            Lex::Today if self.all_caps(i) && i > 0 && self.all_caps(i - 1) => None,
            // "VOA Today", "USA Today": a capitalised "Today" right after a name, in the
            // middle of a sentence, is the title of a programme or paper.
            Lex::Today
                if t.cap
                    && i > 0
                    && self.toks[i - 1].sentence == t.sentence
                    && self.toks[i - 1].kind == Kind::Word
                    && self.toks[i - 1].cap
                    && self.lex(i - 1) == Lex::None =>
            {
                None
            }
            // "in today's world", "tomorrow's leaders": the present or future in general,
            // not a day.
            Lex::Today | Lex::Tomorrow
                if self.punct(i + 1, '\'')
                    && self.is(i + 2, "s")
                    && [
                        "world",
                        "society",
                        "youth",
                        "generation",
                        "young",
                        "children",
                        "kids",
                        "standards",
                        "terms",
                        "dollars",
                        "economy",
                        "times",
                        "age",
                        "culture",
                        "leaders",
                        "technology",
                        "market",
                        "markets",
                    ]
                    .iter()
                    .any(|w| self.is(i + 3, w)) =>
            {
                None
            }
            Lex::Today => Some(self.part_after(i + 1, Sem::DayRel(0))),
            Lex::Tomorrow => Some(self.part_after(i + 1, Sem::DayRel(1))),
            Lex::Tonight => Some((i + 1, Sem::PartOf(Box::new(Sem::DayRel(0)), Part::Night))),
            Lex::Noon | Lex::Midnight => self.clock(i),
            // "the last half of 2024" is its second half; without a year ("the last
            // half of the decade") it is no half-year.
            // "the last quarter of 2012", "the final quarter of the year": the fourth,
            // one expression with its year (guidelines 2.2.1, item 2.d.1); without a
            // year ("last quarter") it is the quarter before the DCT's.
            Lex::Last | Lex::Final
                if self.is(i + 1, "half")
                    || matches!(
                        self.lex(i + 1),
                        Lex::Unit(Unit::Quarter | Unit::Week, false)
                    ) =>
            {
                self.ordinal_led(i).filter(|(e, _)| *e > i + 2).or_else(|| {
                    if self.lex(i) == Lex::Last {
                        self.relative(i)
                    } else {
                        None
                    }
                })
            }
            Lex::Last
            | Lex::Next
            | Lex::Past
            | Lex::Coming
            | Lex::Following
            | Lex::Previous
            | Lex::This
            | Lex::That => self.relative(i),
            Lex::Current => {
                if let Some(r) = self.relative(i) {
                    return Some(r);
                }
                // "current" as an adjective of time; not "current account".
                if self.is(i + 1, "account")
                    || self.is(i + 1, "accounts")
                    || self.is(i + 1, "affairs")
                {
                    return None;
                }
                Some((i + 1, Sem::Ref(RefKind::Present)))
            }
            // Bare "recent" modifies an event noun ("the recent attacks") far more
            // often than it names a time; "recent years" does name one.
            Lex::Recent => match self.lex(i + 1) {
                // "in recent weeks": a stretch of unspecified length up to now.
                Lex::Unit(u, true) if u != Unit::Weekend => Some((i + 2, Sem::Duration(None, u))),
                _ => None,
            },
            Lex::Ref(RefKind::Future)
                if self.is(i, "soon")
                    && (self.is(i + 1, "as")
                        || self.is(i + 1, "after")
                        || self.is(i.wrapping_sub(1), "as")) =>
            {
                None
            }
            Lex::Ref(k) => Some((i + 1, Sem::Ref(k))),
            Lex::Ordinal(_) | Lex::Unit(Unit::Second, false) => {
                let o = self.ordinal_led(i);
                let d = self.day_led(i);
                longest(o, d)
            }
            // "Prague Spring", "the Spring of Life": a capitalised season mid-sentence
            // is a name unless a year follows.
            Lex::Season(_)
                if t.cap
                    && i > 0
                    && self.toks[i - 1].sentence == t.sentence
                    && self.year_ref_after(i + 1).is_none() =>
            {
                None
            }
            Lex::Season(s) => {
                if !matches!(self.lex(i + 1), Lex::Of | Lex::None)
                    && self.year_ref_after(i + 1).is_none()
                {
                    // Seasons alone are common nouns too ("fall" the verb); accept them
                    // alone only after a preposition.
                }
                if s == Season::Fall && !self.toks[i].cap && self.year_ref_after(i + 1).is_none() {
                    let prev = if i > 0 { self.word(i - 1) } else { "" };
                    if !matches!(
                        prev.to_ascii_lowercase().as_str(),
                        "the" | "this" | "last" | "next" | "in" | "early" | "late"
                    ) {
                        return None;
                    }
                }
                match self.year_ref_after(i + 1) {
                    Some((e, YearRef::Abs(y))) => Some((e, Sem::Abs(Val::Season(y, s)))),
                    Some((e, yr)) => Some((e, Sem::Season(s, Rel::Tense, Some(yr)))),
                    None => Some((i + 1, Sem::Season(s, Rel::Tense, None))),
                }
            }
            Lex::DecadeWord(d) => Some((i + 1, Sem::Abs(Val::Decade(190 + d as i32)))),
            Lex::Fiscal => {
                let mut j = i + 1;
                if self.lex(j) == Lex::Unit(Unit::Year, false) {
                    j += 1;
                }
                if let Some(y) = self.year_at(j) {
                    return Some((j + 1, Sem::Abs(Val::Year(y))));
                }
                if let Some(t) = self.num(j).filter(|t| t.digits == 2) {
                    let y = if t.num >= 30.0 { 1900 } else { 2000 } + t.num as i32;
                    return Some((j + 1, Sem::Abs(Val::Year(y))));
                }
                self.ordinal_led(i + 1)
            }
            Lex::Holiday(_, 0) if t.cap => self.feast_dated(i),
            // "Good Friday", "Black Friday": feasts named by a weekday.
            Lex::Cue
                if t.cap
                    && (self.is(i, "good") || self.is(i, "black"))
                    && self.lex(i + 1) == Lex::Weekday(5)
                    && self.toks[i + 1].cap =>
            {
                self.feast_dated(i)
            }
            // "New Year's Day", "New Year's Eve".
            Lex::Cue
                if t.cap
                    && self.is(i, "new")
                    && self.lex(i + 1) == Lex::Unit(Unit::Year, false)
                    && self.toks[i + 1].cap
                    && self.punct(i + 2, '\'')
                    && self.is(i + 3, "s") =>
            {
                let (e, m, d) = match self.word(i + 4) {
                    "Day" => (i + 5, 1, 1),
                    "Eve" => (i + 5, 12, 31),
                    _ => (i + 4, 1, 1),
                };
                match self.year_after(e) {
                    Some((e2, y)) => Some((
                        e2,
                        Sem::Abs(Val::Day(chrono::NaiveDate::from_ymd_opt(y, m, d)?)),
                    )),
                    None => Some((e, Sem::MonthDay(m, d))),
                }
            }
            Lex::Holiday(m, d) if t.cap => {
                let mut e = i + 1;
                let mut day = d;
                if self.is(e, "eve") {
                    day -= 1;
                    e += 1;
                } else if self.is(e, "day") {
                    e += 1;
                }
                match self.year_after(e) {
                    Some((e2, y)) => Some((
                        e2,
                        Sem::Abs(Val::Day(chrono::NaiveDate::from_ymd_opt(y, m, day)?)),
                    )),
                    None => Some((e, Sem::MonthDay(m, day))),
                }
            }
            Lex::Every | Lex::Each => self.set_every(i),
            // "The Daily", "Weekly Standard": a title, capitalised mid-sentence.
            Lex::SetAdverb(_) if t.cap && i > 0 && self.toks[i - 1].sentence == t.sentence => None,
            Lex::SetAdverb(u) => {
                let v = duration_value(Some(1.0), u);
                Some((i + 1, Sem::Set(v, None, None)))
            }
            Lex::Unit(Unit::Year, false)
                if self.hyphen(i + 1) && matches!(self.lex(i + 2), Lex::Earlier | Lex::Ago) =>
            {
                // "year-ago", "the year-earlier quarter", "the year-ago third quarter"
                let k = i + 3;
                match (self.lex(k), self.lex(k + 1)) {
                    (Lex::Unit(Unit::Quarter, false), _) => {
                        Some((k + 1, Sem::YearAgoQuarter(None)))
                    }
                    (Lex::Ordinal(n), Lex::Unit(Unit::Quarter, false)) if n <= 4 => {
                        Some((k + 2, Sem::YearAgoQuarter(Some(n))))
                    }
                    (Lex::Unit(Unit::Second, false), Lex::Unit(Unit::Quarter, false)) => {
                        Some((k + 2, Sem::YearAgoQuarter(Some(2))))
                    }
                    (Lex::Period, _) => Some((k + 1, Sem::Ago(Unit::Year, Some(1.0), -1, true))),
                    _ => Some((k, Sem::Ago(Unit::Year, Some(1.0), -1, true))),
                }
            }
            Lex::Unit(Unit::Year, false)
                if (self.hyphen(i + 1) && self.lex(i + 2) == Lex::End)
                    || self.lex(i + 1) == Lex::End =>
            {
                // "year-end", "year end"
                let e = if self.lex(i + 1) == Lex::End {
                    i + 2
                } else {
                    i + 3
                };
                Some((e, Sem::Shift(Unit::Year, 0)))
            }
            Lex::Unit(Unit::Year, false)
                if self.punct(i + 1, '\'')
                    && self.is(i + 2, "s")
                    && self.lex(i + 3) == Lex::End =>
            {
                // "year's end"
                Some((i + 4, Sem::Shift(Unit::Year, 0)))
            }
            // "a day-long meeting", "a decades-long feud"
            Lex::Unit(u, plural)
                if self.hyphen(i + 1) && self.is(i + 2, "long") && u != Unit::Weekend =>
            {
                Some((
                    i + 3,
                    Sem::Duration(if plural { None } else { Some(1.0) }, u),
                ))
            }
            // "the week of April 8", "the week of Oct. 2, 2023"
            Lex::Unit(Unit::Week, false)
                if self.lex(i.wrapping_sub(1)) == Lex::The && self.lex(i + 1) == Lex::Of =>
            {
                match self.month_led(i + 2) {
                    Some((e, d @ (Sem::MonthDay(..) | Sem::Abs(Val::Day(_))))) => {
                        Some((e, Sem::WeekOf(Box::new(d))))
                    }
                    _ => None,
                }
            }
            Lex::Unit(Unit::Year, false) if self.lex(i.wrapping_sub(1)) == Lex::The => {
                // "the year 2000", "the year two thousand"
                let y = self
                    .year_at(i + 1)
                    .map(|y| (i + 2, y))
                    .or_else(|| self.spoken_year(i + 1))?;
                Some((y.0, Sem::Abs(Val::Year(y.1))))
            }
            Lex::Unit(u, true) if !matches!(u, Unit::Weekend) => {
                // Bare plurals: "for years", "weeks of talks".
                Some((i + 1, Sem::Duration(None, u)))
            }
            // "will one day lead", "could some day return": an unspecified future
            // time (someday), not a stretch of one day.
            Lex::Small(1) | Lex::Vague(_)
                if (self.is(i, "one") || self.is(i, "some"))
                    && self.lex(i + 1) == Lex::Unit(Unit::Day, false)
                    && self.lex(i + 2) == Lex::None
                    && [
                        "will", "would", "could", "can", "may", "might", "shall", "should",
                    ]
                    .iter()
                    .any(|m| self.is(i.wrapping_sub(1), m)) =>
            {
                Some((i + 2, Sem::Ref(RefKind::Future)))
            }
            Lex::Small(_) | Lex::Tens(_) => {
                let y = self
                    .spoken_year(i)
                    .map(|(e, y)| (e, Sem::Abs(Val::Year(y))));
                let d = self
                    .duration(i)
                    .map(|(e, n, u, _)| (e, Sem::Duration(n, u)));
                let c = self.clock_words(i);
                longest(longest(y, d), c)
            }
            Lex::A if self.lex(i + 1) == Lex::While => Some((i + 2, Sem::DurationValue("PXX"))),
            // "for some time", like "for a while": a stretch of unspecified length.
            Lex::Vague(_)
                if self.is(i, "some")
                    && self.is(i + 1, "time")
                    && self.is(i.wrapping_sub(1), "for") =>
            {
                Some((i + 2, Sem::DurationValue("PXX")))
            }
            // "at a later date", "a future date": an unspecified time after the report.
            Lex::A
                if matches!(self.lex(i + 1), Lex::Later | Lex::Future)
                    && self.is(i + 2, "date") =>
            {
                Some((i + 3, Sem::Ref(RefKind::Future)))
            }
            Lex::A | Lex::Vague(_) | Lex::Dozen => self
                .duration(i)
                .map(|(e, n, u, _)| (e, Sem::Duration(n, u))),
            Lex::Once | Lex::Cue
                if self.is(i, "once") || self.is(i, "twice") || self.is(i, "thrice") =>
            {
                self.set_times(i)
            }
            _ => None,
        }
    }

    /// A moving feast at `i`: "Thanksgiving", "Thanksgiving Day", "Easter", "Easter
    /// Sunday", "Easter Monday", "Good Friday", "Black Friday", and "Easter week" (the
    /// week that ends on Easter Sunday, given by its Monday). `(end, feast, offset)`.
    fn feast(&self, i: usize) -> Option<(usize, Feast, i64)> {
        let next_day = |k: usize| self.is(k, "day") || self.is(k, "sunday");
        match self.lex(i) {
            Lex::Holiday(4, 0) if self.lex(i + 1) == Lex::Unit(Unit::Week, false) => {
                Some((i + 2, Feast::Easter, -6))
            }
            Lex::Holiday(11, 0) => Some((
                if self.is(i + 1, "day") { i + 2 } else { i + 1 },
                Feast::Thanksgiving,
                0,
            )),
            Lex::Holiday(4, 0) if self.is(i + 1, "monday") => Some((i + 2, Feast::Easter, 1)),
            Lex::Holiday(4, 0) => Some((
                if next_day(i + 1) { i + 2 } else { i + 1 },
                Feast::Easter,
                0,
            )),
            // "Labor Day", "Memorial Day": feasts named with "Day", chosen by the tense
            // like the others (TimeML guidelines 2.2.1: holidays are DATEs).
            Lex::Holiday(9, 0) if self.is(i + 1, "day") => Some((i + 2, Feast::LaborDay, 0)),
            Lex::Holiday(5, 0) if self.is(i + 1, "day") => Some((i + 2, Feast::MemorialDay, 0)),
            Lex::Cue if self.is(i, "good") => Some((i + 2, Feast::Easter, -2)),
            Lex::Cue if self.is(i, "black") => Some((i + 2, Feast::Thanksgiving, 1)),
            _ => None,
        }
    }

    /// A moving feast with its year when one follows ("Easter 2013").
    fn feast_dated(&self, i: usize) -> Option<(usize, Sem)> {
        let (e, f, off) = self.feast(i)?;
        let (e, sem) = match self.year_after(e) {
            Some((e2, y)) => (e2, Sem::Abs(Val::Day(f.day(y, off)?))),
            None => (e, Sem::Feast(f, off, Rel::Tense)),
        };
        Some((e, self.feast_week(i, e, sem)))
    }

    /// "Easter week" is the week of the day found, not the day.
    fn feast_week(&self, i: usize, e: usize, day: Sem) -> Sem {
        if e >= i + 2 && self.lex(i + 1) == Lex::Unit(Unit::Week, false) {
            Sem::WeekOf(Box::new(day))
        } else {
            day
        }
    }

    /// "ten o'clock" is rare in news; words before a.m./p.m. are handled here.
    fn clock_words(&self, _i: usize) -> Option<(usize, Sem)> {
        None
    }

    /// "every week", "each Thursday", "every other day".
    fn set_every(&self, i: usize) -> Option<(usize, Sem)> {
        let j = i + 1;
        let every = Some("EVERY".to_owned());
        match self.lex(j) {
            Lex::Unit(u, false) => {
                Some((j + 1, Sem::Set(duration_value(Some(1.0), u), None, every)))
            }
            Lex::Weekday(w) => Some((j + 1, Sem::Set(format!("XXXX-WXX-{w}"), None, every))),
            Lex::Month(m) => Some((j + 1, Sem::Set(format!("XXXX-{m:02}"), None, every))),
            Lex::Season(s) => Some((j + 1, Sem::Set(format!("XXXX-{}", s.code()), None, every))),
            Lex::PartOfDay(p) => Some((
                j + 1,
                Sem::Set(format!("XXXX-XX-XXT{}", p.code()), None, every),
            )),
            _ => {
                if let Some((e, n, u, _)) = self.duration(j)
                    && n.is_some()
                {
                    return Some((e, Sem::Set(duration_value(n, u), None, every)));
                }
                None
            }
        }
    }

    /// "twice a week", "three times a year", "once a month".
    fn set_times(&self, i: usize) -> Option<(usize, Sem)> {
        let (j, freq) = if self.is(i, "once") {
            (i + 1, 1)
        } else if self.is(i, "twice") {
            (i + 1, 2)
        } else if self.is(i, "thrice") {
            (i + 1, 3)
        } else {
            let (e, n) = self.number(i)?;
            if !self.is(e, "times") {
                return None;
            }
            (e + 1, n as i64)
        };
        if !matches!(self.lex(j), Lex::A | Lex::Per | Lex::Every | Lex::Each) {
            return None;
        }
        let Lex::Unit(u, false) = self.lex(j + 1) else {
            return None;
        };
        Some((
            j + 2,
            Sem::Set(duration_value(Some(1.0), u), Some(format!("{freq}X")), None),
        ))
    }

    /// Recognise an expression starting exactly at token `i`, modifiers included.
    pub fn parse(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut modifier: Option<&'static str> = None;
        // Comparators keep the extent only for durations and clock times.
        let mut comparator: Option<(usize, &'static str)> = None;
        let mut position: Option<&'static str> = None;
        let mut the_at: Option<usize> = None;
        let mut prefix_at: Option<usize> = None;
        loop {
            let l = self.lex(j);
            let (step, m): (usize, Option<&'static str>) = match l {
                Lex::Approx if comparator.is_none() => (1, Some("APPROX")),
                Lex::Vague("some") if comparator.is_none() && self.number(j + 1).is_some() => {
                    (1, Some("APPROX"))
                }
                Lex::Nearly if comparator.is_none() => (
                    1,
                    Some(if self.is(j, "almost") {
                        "LESS_THAN"
                    } else {
                        "EQUAL_OR_LESS"
                    }),
                ),
                Lex::More | Lex::Less if self.lex(j + 1) == Lex::Than && comparator.is_none() => (
                    2,
                    Some(if l == Lex::More {
                        "MORE_THAN"
                    } else {
                        "LESS_THAN"
                    }),
                ),
                Lex::Over | Lex::Under
                    if comparator.is_none()
                        && (self.count(j + 1).is_some())
                        && self.lex(j + 1) != Lex::The
                        && (l == Lex::Under || self.over_is_comparator(j)) =>
                {
                    (
                        1,
                        Some(if l == Lex::Over {
                            "MORE_THAN"
                        } else {
                            "LESS_THAN"
                        }),
                    )
                }
                Lex::At if matches!(self.lex(j + 1), Lex::Least | Lex::Most) => (
                    2,
                    Some(if self.lex(j + 1) == Lex::Least {
                        "EQUAL_OR_MORE"
                    } else {
                        "EQUAL_OR_LESS"
                    }),
                ),
                Lex::Up if self.lex(j + 1) == Lex::To && self.count(j + 2).is_some() => {
                    (2, Some("EQUAL_OR_LESS"))
                }
                Lex::No if self.lex(j + 1) == Lex::More && self.lex(j + 2) == Lex::Than => {
                    (3, Some("EQUAL_OR_LESS"))
                }
                _ => (0, None),
            };
            if step > 0 {
                comparator = Some((j, m.unwrap_or("APPROX")));
                j += step;
                continue;
            }
            match l {
                Lex::The if the_at.is_none() => {
                    the_at = Some(j);
                    j += 1;
                    continue;
                }
                Lex::Early | Lex::Late if position.is_none() => {
                    let k = if self.hyphen(j + 1) { j + 2 } else { j + 1 };
                    if matches!(self.lex(k), Lex::Unit(..))
                        || self.lex(k) == Lex::None
                            && self.year_at(k).is_none()
                            && self.tok(k).is_some_and(|t| t.kind != Kind::Decade)
                    {
                        // "the early part of 1990" (below, at `_`).
                        if self.take_part(&mut j, &mut position, &mut the_at) {
                            continue;
                        }
                        break;
                    }
                    position = Some(if l == Lex::Early { "START" } else { "END" });
                    j = k;
                    continue;
                }
                // "post-1959 politics", "pre-1914 Europe": the prefix and the year
                // are one adjective, so one expression (guidelines 1.2.1, 2.2.1, item
                // 2: the extent is the whole adjective phrase); the prefix says on
                // which side of the year the time lies, as a `mod`.
                Lex::PrePost(after)
                    if position.is_none()
                        && self.hyphen(j + 1)
                        && (self.year_at(j + 2).is_some()
                            || self.tok(j + 2).is_some_and(|t| t.kind == Kind::Decade)) =>
                {
                    position = Some(if after { "AFTER" } else { "BEFORE" });
                    prefix_at = Some(j);
                    j += 2;
                    continue;
                }
                Lex::Mid if position.is_none() => {
                    position = Some("MID");
                    j += 1;
                    if self.hyphen(j) || self.punct(j, '-') {
                        j += 1;
                    }
                    continue;
                }
                Lex::Earlier | Lex::Later if position.is_none() => {
                    // "earlier this year", "later Sunday", "late yesterday", "later that
                    // day"
                    if matches!(
                        self.lex(j + 1),
                        Lex::This
                            | Lex::That
                            | Lex::Today
                            | Lex::Yesterday
                            | Lex::Tomorrow
                            | Lex::Weekday(_)
                            | Lex::Tonight
                    ) {
                        position = Some(if l == Lex::Earlier { "START" } else { "END" });
                        j += 1;
                        continue;
                    }
                    // "earlier in the year", "later in the day": part of the period
                    // under discussion.
                    if self.is(j + 1, "in")
                        && self.lex(j + 2) == Lex::The
                        && matches!(
                            self.lex(j + 3),
                            Lex::Unit(Unit::Day | Unit::Week | Unit::Month | Unit::Year, false)
                        )
                        && !self.hyphen(j + 4)
                    {
                        let Lex::Unit(u, _) = self.lex(j + 3) else {
                            break;
                        };
                        return Some(Found {
                            start: i.min(j),
                            end: j + 4,
                            sem: Sem::Anaphor(u, 0),
                            modifier: Some(if l == Lex::Earlier { "START" } else { "END" }),
                        });
                    }
                    // "the later part of 1990" (below, at `_`).
                    if self.take_part(&mut j, &mut position, &mut the_at) {
                        continue;
                    }
                    break;
                }
                Lex::End | Lex::Beginning | Lex::Middle
                    if position.is_none() && the_at == Some(j.wrapping_sub(1)) =>
                {
                    if self.lex(j + 1) == Lex::Of {
                        position = Some(match l {
                            Lex::End => "END",
                            Lex::Beginning => "START",
                            _ => "MID",
                        });
                        j += 2;
                        the_at_reset(&mut the_at);
                        // The determiner of "the end of" stays in the extent. A decade
                        // or century after it keeps its own ("the end of the 1980s",
                        // "the middle of the 20th century": one expression, item
                        // 2.d.1), which the core reads with it.
                        let own_the = self.lex(j) == Lex::The
                            && self.parse(j).is_some_and(|f| {
                                f.start == j
                                    && f.modifier.is_none()
                                    && matches!(f.sem, Sem::Abs(Val::Decade(_) | Val::Century(_)))
                            });
                        if !own_the {
                            the_at = Some(j - 3);
                        }
                        continue;
                    }
                    break;
                }
                _ => {
                    // "the last half of the 1980s", "the early part of 1990", "the
                    // latter part of the year": an "of"-phrase that names a part of a
                    // period is one expression with it (guidelines 2.2.1, extent item
                    // 2.d.1, "the summer of 1964"; TIDES 4: pre-modifiers and the
                    // "of"-complement of the head belong to it), the part in `mod` as
                    // for "the end of 1990".
                    if self.take_part(&mut j, &mut position, &mut the_at) {
                        continue;
                    }
                    break;
                }
            }
        }
        let (end, sem) = match self.core(j) {
            Some(c) => c,
            None => {
                // "the past", "the future", "the near future", "the weekend", "the
                // quarter", "the latest quarter".
                let start = the_at?;
                let mut k = if position.is_some() && self.lex(j) == Lex::The {
                    j + 1
                } else {
                    start + 1
                };
                if k != j && position.is_none() {
                    return None;
                }
                if ["near", "distant", "immediate", "foreseeable"]
                    .iter()
                    .any(|w| self.is(k, w))
                {
                    k += 1;
                }
                let ended = |k: usize| self.is(k, "ended") || self.is(k, "ending");
                let sem = match self.lex(k) {
                    Lex::Past
                        if !matches!(self.lex(k + 1), Lex::Unit(..))
                            && self.count(k + 1).is_none() =>
                    {
                        Sem::Ref(RefKind::Past)
                    }
                    // "the future of the alliance" is its fate, a noun of prospects,
                    // not a time.
                    Lex::Future if self.is(k + 1, "of") => return None,
                    Lex::Future => Sem::Ref(RefKind::Future),
                    Lex::None if self.is(k, "term") && self.is(k - 1, "near") => {
                        Sem::Ref(RefKind::Future)
                    }
                    Lex::None if self.is(k, "short") && self.is(k + 1, "term") => {
                        k += 1;
                        Sem::Ref(RefKind::Future)
                    }
                    Lex::Unit(Unit::Weekend, false) => Sem::Weekend(Rel::Tense),
                    Lex::Latest | Lex::Full
                        if self.lex(k + 1) == Lex::Unit(Unit::Quarter, false)
                            || (self.lex(k) == Lex::Latest && self.lex(k + 1) == Lex::Period) =>
                    {
                        k += 1;
                        // "latest" is the last quarter reported, whatever the tense.
                        Sem::Quarter(0, YearRef::Dct(0))
                    }
                    // "the latest fiscal year", "the latest year": the last year that
                    // has been reported, the one before the DCT's, as "the latest
                    // quarter" is the last quarter reported.
                    Lex::Latest
                        if self.lex(k + 1) == Lex::Unit(Unit::Year, false)
                            || (self.lex(k + 1) == Lex::Fiscal
                                && self.lex(k + 2) == Lex::Unit(Unit::Year, false)) =>
                    {
                        k += if self.lex(k + 1) == Lex::Fiscal { 2 } else { 1 };
                        Sem::Shift(Unit::Year, -1)
                    }
                    Lex::Unit(Unit::Quarter, false) => Sem::Quarter(0, YearRef::Tense),
                    // "the year ended Sept. 30", "the fiscal year ending in June": a
                    // twelve-month period.
                    Lex::Fiscal | Lex::Unit(Unit::Year, false)
                        if position.is_none() && {
                            let y = if self.lex(k) == Lex::Fiscal { k + 1 } else { k };
                            self.lex(y) == Lex::Unit(Unit::Year, false) && ended(y + 1)
                        } =>
                    {
                        if self.lex(k) == Lex::Fiscal {
                            k += 1;
                        }
                        Sem::Duration(Some(1.0), Unit::Year)
                    }
                    Lex::Full if self.lex(k + 1) == Lex::Unit(Unit::Year, false) => {
                        k += 1;
                        Sem::Shift(Unit::Year, 0)
                    }
                    // "the end of the year", "the middle of the month"
                    Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week), false)
                        if position.is_some() =>
                    {
                        Sem::Shift(u, 0)
                    }
                    // "the same day", "later the same week": the period of the
                    // previous mention.
                    Lex::None
                        if self.is(k, "same")
                            && matches!(
                                self.lex(k + 1),
                                Lex::Unit(Unit::Day | Unit::Week | Unit::Month | Unit::Year, false)
                            )
                            && !self.hyphen(k + 2) =>
                    {
                        let Lex::Unit(u, _) = self.lex(k + 1) else {
                            return None;
                        };
                        k += 1;
                        Sem::Anaphor(u, 0)
                    }
                    // "for the year", "the week's busiest session", "for the fiscal
                    // year": the current one.
                    Lex::Unit(Unit::Year | Unit::Week, false) | Lex::Fiscal
                        if position.is_none() && self.current_period(start, k) =>
                    {
                        if self.lex(k) == Lex::Fiscal {
                            k += 1;
                        }
                        match self.lex(k) {
                            Lex::Unit(Unit::Week, _) => Sem::Anaphor(Unit::Week, 0),
                            _ => Sem::Anaphor(Unit::Year, 0),
                        }
                    }
                    _ => return None,
                };
                let modifier = position;
                return Some(Found {
                    start,
                    end: k + 1,
                    sem,
                    modifier,
                });
            }
        };
        let mut end = end;
        let mut sem = sem;
        // Complements: "ago", "earlier", "from now", "or so".
        if let Sem::Duration(n, unit) = sem {
            let dir = match self.lex(end) {
                Lex::Ago => Some((-1, false)),
                // TimeML keeps "later" out ("three days later" is a duration) but
                // reads "a year earlier" as a date.
                Lex::Earlier => Some((-1, true)),
                Lex::From if self.lex(end + 1) == Lex::Ref(RefKind::Present) => Some((1, false)),
                _ => None,
            };
            if let Some((d, from_prev)) = dir.filter(|_| n.is_some() || self.lex(end) == Lex::Ago) {
                end += if self.lex(end) == Lex::From { 2 } else { 1 };
                sem = Sem::Ago(unit, n, d, from_prev);
                if self.lex(end) == Lex::Or && self.lex(end + 1) == Lex::So {
                    end += 2;
                    modifier = Some("APPROX");
                }
            } else if self.lex(end) == Lex::From && self.lex(end + 1) == Lex::Today {
                end += 2;
                sem = Sem::Ago(unit, n, 1, false);
            }
        }
        // "the 1988 period", "the 1989 period": in results copy, the period under
        // discussion (a quarter, a half) in that year.
        if the_at.is_some()
            && self.lex(end) == Lex::Period
            && let Sem::Abs(Val::Year(y)) | Sem::Year(y) = sem
        {
            end += 1;
            sem = Sem::YearPeriod(y);
        }
        if matches!(sem, Sem::Year(_) | Sem::Shift(Unit::Year, _))
            && self.lex(end) == Lex::Or
            && self.lex(end + 1) == Lex::So
        {
            end += 2;
            modifier = Some("APPROX");
        }
        // Adverbial postmodifiers belong to the expression (TimeML guidelines 2.2.1,
        // extent item 2.e: "three years ago", "the best second quarter ever"): "the
        // weeks ahead", and the open ends "1994 or later", "1990 and beyond", "2001 or
        // earlier", which keep the year as value and say the side in `mod`.
        if matches!(sem, Sem::Duration(..)) && self.is(end, "ahead") {
            end += 1;
        } else if matches!(sem, Sem::Year(_) | Sem::Abs(Val::Year(_))) {
            if self.lex(end) == Lex::Or && self.lex(end + 1) == Lex::Later
                || self.lex(end) == Lex::And && self.is(end + 1, "beyond")
            {
                end += 2;
                modifier = Some("ON_OR_AFTER");
            } else if self.lex(end) == Lex::Or && self.lex(end + 1) == Lex::Earlier {
                end += 2;
                modifier = Some("ON_OR_BEFORE");
            }
        }
        let is_duration = matches!(sem, Sem::Duration(..));
        let is_clock = matches!(sem, Sem::Clock(..));
        let mut start = j;
        // "the" before a date that a determiner does not take ("the Oct. 23 meeting").
        let mut date_noun_the = false;
        if let Some(t) = the_at {
            // Keep "the" before nominal expressions. Drop it before a weekday, a date
            // and a hyphenated pre-modifier ("the Oct. 23 meeting", "the two-week
            // strike"): there it belongs to the noun that follows.
            // The hyphen must join a compound that ends in a unit ("two-week",
            // "third-quarter", "year-ago"): that compound is an adjective phrase, and
            // the determiner before it belongs to the noun it modifies (guidelines
            // 2.2.1, item 2). "nineteen ninety-four" is a spoken year, the head of its
            // noun phrase, and keeps its determiner.
            let hyphenated = end >= 2
                && self.hyphen(end - 2)
                && matches!(
                    self.lex(end - 1),
                    Lex::Unit(..) | Lex::Ago | Lex::Earlier | Lex::Later
                )
                && !matches!(sem, Sem::Ago(_, _, _, false))
                // The same compound written open: a count above one before a
                // singular unit ("the ten day fair", "the three year plan") is an
                // adjective too; a noun phrase would take the plural.
                || matches!(sem, Sem::Duration(Some(n), _) if n > 1.0)
                    && end >= 1
                    && matches!(self.lex(end - 1), Lex::Unit(_, false));
            let date = matches!(
                sem,
                Sem::Weekday(_, Rel::Tense | Rel::Last | Rel::Next | Rel::This)
                    | Sem::DayRel(-1..=1)
                    | Sem::Ref(_)
                    | Sem::MonthDay(..)
                    | Sem::Year(_)
                    | Sem::Month(_, Rel::Tense, None)
            ) || matches!(sem, Sem::Abs(Val::Day(_) | Val::Month(..) | Val::Year(_)))
                && self.lex(j) != Lex::Unit(Unit::Year, false)
                // "the Monday night debate": a weekday with its part of the day is a
                // pre-modifier as the weekday alone is (guidelines 2.2.1, item 2).
                || matches!(sem, Sem::PartOf(ref d, _)
                    if matches!(**d, Sem::Weekday(_, Rel::Tense | Rel::Last | Rel::Next | Rel::This)));
            // "the second of December" keeps its determiner: the day is the head of
            // the noun phrase (guidelines 2.2.1, item 2.d.1, and their first examples
            // of a DATE).
            let day_of = (self.day_num(j).is_some()
                || self.lex(j) == Lex::Unit(Unit::Second, false))
                && self.lex(j + 1) == Lex::Of;
            // "the weeks before the vote", "the two days of talks", "the months since
            // the flood": a post-modifier that introduces an event stays out (item
            // 2.e), and the determiner goes with it, since it determines the whole
            // noun phrase, not the bare length at its head.
            let event_complement = t + 1 == j
                && matches!(sem, Sem::Duration(..))
                && (matches!(self.lex(j), Lex::Unit(..)) || self.number(j).is_some())
                && self.event_complement(end);
            if !hyphenated && prefix_at.is_none() && (!date || day_of) && !event_complement {
                start = start.min(t);
            }
            date_noun_the = date && !day_of;
        }
        if let Some(p) = position {
            modifier = Some(p);
            // The position words are inside the extent: walk back to them. A
            // "pre-"/"post-" compound is an adjective, so a determiner before it
            // belongs to the noun ("the post-1959 government").
            let mut from = prefix_at.unwrap_or_else(|| self.first_position_token(i, j));
            // So is "early", "late" or "mid" before a month, a year or a day: "the
            // late-November trip", "the mid-1990 vote" (guidelines 2.2.1, item 2: the
            // expression is the adjective phrase, the determiner belongs to the noun);
            // "the end of 1990" and "the early 1990s" keep theirs.
            if date_noun_the
                && self.lex(from) == Lex::The
                && matches!(self.lex(from + 1), Lex::Early | Lex::Late | Lex::Mid)
                && !self.is(from + 2, "part")
            {
                from += 1;
            }
            start = start.min(from);
        }
        // "about", "around" also approximate a date ("around Nov. 1"); the other
        // comparators only measure lengths.
        // A possessive date is a determiner ("ways around Monday's quota"): the word
        // before it governs the noun phrase, not the date.
        let possessive =
            (self.punct(end, '\'') || self.punct(end, '\u{2019}')) && self.is(end + 1, "s");
        let approx_word = (is_duration || !possessive)
            && comparator.is_some_and(|(cj, _)| self.lex(cj) == Lex::Approx);
        // "about" or "around" before a determiner is the preposition that governs a
        // period ("spoke about the past two years", "a fence around the days of the
        // fair"): an approximator measures a bare count ("about five hours"), and the
        // governing preposition stays out (guidelines 2.2.1, extent item 2; TIDES 4:
        // a time expression is no prepositional phrase).
        let preposition = is_duration
            && comparator
                .is_some_and(|(cj, _)| self.lex(cj) == Lex::Approx && the_at == Some(cj + 1));
        if let Some((cj, m)) = comparator
            && !preposition
            && (is_duration
                || is_clock
                || matches!(sem, Sem::Ago(..))
                || (approx_word && !matches!(sem, Sem::Ref(_) | Sem::Set(..))))
        {
            start = start.min(cj);
            modifier = Some(if !is_duration { "APPROX" } else { m });
        }
        if let Some(t) = the_at
            && t < start
            && start == j
            && matches!(sem, Sem::Weekday(..) | Sem::DayRel(_))
        {
            // "the" before a weekday stays out.
        }
        // Bare years need care: a lone number 1000–2199 is a year only in a plausible
        // context.
        if let Sem::Year(y) = sem {
            sem = Sem::Abs(Val::Year(y));
        }
        Some(Found {
            start,
            end,
            sem,
            modifier,
        })
    }

    /// "the year" or "the week" at `k` (after "the" at `the`) standing alone after a
    /// preposition ("for the year", "of the week"), or with a possessive ("the week's
    /// busiest session"): news means the current one. Not "the year ended June 30"
    /// (a span), "the year-ago quarter", "the year 2000", "the week of April 8".
    fn current_period(&self, the: usize, k: usize) -> bool {
        let u = if self.lex(k) == Lex::Fiscal { k + 1 } else { k };
        let week = match self.lex(u) {
            Lex::Unit(Unit::Year, false) => false,
            Lex::Unit(Unit::Week, false) if self.lex(k) != Lex::Fiscal => true,
            _ => return false,
        };
        let possessive = self.punct(u + 1, '\'') && self.is(u + 2, "s");
        let after_prep = the > 0
            && ["for", "in", "of", "during", "throughout", "through"]
                .iter()
                .any(|w| self.is(the - 1, w));
        let next_ok = match self.tok(u + 1) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct => !self.hyphen(u + 1),
                Kind::Word => {
                    !matches!(
                        t.lex,
                        Lex::Small(_)
                            | Lex::Tens(_)
                            | Lex::Of
                            | Lex::Before
                            | Lex::After
                            | Lex::Earlier
                            | Lex::Ago
                            | Lex::To
                            | Lex::Following
                    ) && ![
                        "ended",
                        "ending",
                        "ahead",
                        "through",
                        "beginning",
                        "starting",
                    ]
                    .iter()
                    .any(|w| self.is(u + 1, w))
                }
                _ => false,
            },
        };
        next_ok && (after_prep || (week && possessive))
    }

    /// The first modifier token between `i` and `j` (position words start there).
    fn first_position_token(&self, i: usize, j: usize) -> usize {
        (i..j)
            .find(|&k| {
                matches!(
                    self.lex(k),
                    Lex::Early
                        | Lex::Late
                        | Lex::Mid
                        | Lex::PrePost(_)
                        | Lex::Earlier
                        | Lex::Later
                        | Lex::The
                        | Lex::End
                        | Lex::Beginning
                        | Lex::Middle
                )
            })
            .unwrap_or(j)
    }
}

fn the_at_reset(t: &mut Option<usize>) {
    *t = None;
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous Gregorian
/// computus of Meeus and Butcher).
pub fn easter(y: i32) -> Option<chrono::NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    chrono::NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// Thanksgiving Day of year `y`: the fourth Thursday of November.
pub fn thanksgiving(y: i32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_weekday_of_month_opt(y, 11, chrono::Weekday::Thu, 4)
}

fn longest(a: Option<(usize, Sem)>, b: Option<(usize, Sem)>) -> Option<(usize, Sem)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, None) => a,
        (None, b) => b,
    }
}
