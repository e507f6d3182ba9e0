//! Anchoring: turn what an expression means ([`Sem`]) into a TIMEX3 value and an
//! interval, using the document creation time, the tense of the sentence and the
//! previous mention.

use chrono::Duration as Span;
use chrono::{Datelike, NaiveDate};
use dateline_plugin::{Resolution, Timex, TimexType};

use crate::grammar::{Rel, Sem, YearRef, duration_value};
use crate::token::{Season, Unit};
use crate::value::{Val, containing, shift_day_months};

/// The grammatical time of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// What anchoring can use.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The document creation time.
    pub dct: Option<NaiveDate>,
    /// The tense of the sentence.
    pub tense: Tense,
    /// The clause reports a finished act: a month just ahead of the DCT is last
    /// year's, not a plan.
    pub finished: bool,
    /// The last calendar value mentioned before the expression.
    pub prev: Option<Val>,
}

/// The outcome of anchoring one expression.
pub struct Resolved {
    pub timex: Timex,
    /// The calendar value, when there is one (it becomes the next "previous mention").
    pub val: Option<Val>,
}

fn timex(t: TimexType, value: String, resolution: Resolution, val: Option<Val>) -> Resolved {
    Resolved {
        timex: Timex {
            timex_type: t,
            value,
            modifier: None,
            freq: None,
            quant: None,
            resolution,
            interval: val.and_then(|v| v.interval()),
            granularity: val.map(|v| v.granularity()),
        },
        val,
    }
}

fn unresolved(t: TimexType, value: String) -> Resolved {
    timex(t, value, Resolution::Unresolved, None)
}

/// Pick a year for month `m` (and day `d`) relative to the DCT.
fn year_for(dct: NaiveDate, m: u32, d: u32, rel: Rel, tense: Tense, finished: bool) -> i32 {
    let y = dct.year();
    let on = |y: i32| NaiveDate::from_ymd_opt(y, m, d.clamp(1, 28)).unwrap_or(dct);
    let month_key = |y: i32| (y, m);
    let cur = (dct.year(), dct.month());
    let near = [y, y - 1, y + 1].into_iter().find(|&yy| {
        let days = (on(yy) - dct).num_days();
        d > 0 && days.abs() <= 45 && !(tense == Tense::Future && days < -7)
    });
    let ahead = (m as i32 - dct.month() as i32).rem_euclid(12);
    match rel {
        Rel::This => y,
        Rel::Last | Rel::Before => {
            if month_key(y) < cur {
                y
            } else {
                y - 1
            }
        }
        Rel::Next | Rel::After => {
            if month_key(y) > cur {
                y
            } else {
                y + 1
            }
        }
        // A month-day within six weeks of the DCT is in the DCT's year, unless a
        // future puts it clearly after ("payable Jan. 2" written in February is next
        // January). A past tense does not: "-ed" participles make it weak evidence,
        // and dates just ahead of the DCT are far more often plans ("extended to
        // Nov. 20") than year-old events.
        // The same holds across the turn of the year: "Jan. 4" written on Dec. 20 is
        // the coming January, "Dec. 28" written on Jan. 6 the one just past.
        Rel::Tense if near.is_some() => near.unwrap_or(y),
        Rel::Tense => match tense {
            // A month a little ahead of the DCT in a past-tense sentence is a plan
            // being reported ("said it would close the plant in March", "agreed to
            // a sale in April"): news style names the current year's months without
            // a year, and an event of eleven months ago would read "last March".
            // Across the turn of the year too: "in January" said in November.
            Tense::Past if d == 0 && (1..=2).contains(&ahead) && !finished => {
                y + i32::from(m < dct.month())
            }
            Tense::Past => {
                if (d > 0 && on(y) <= dct) || (d == 0 && m <= dct.month()) {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Future => {
                if (d > 0 && on(y) >= dct) || (d == 0 && m >= dct.month()) {
                    y
                } else {
                    y + 1
                }
            }
            Tense::Unknown => {
                // The nearest occurrence: more than half a year away is the other year.
                let diff =
                    (m as i32 - dct.month() as i32) * 31 + (d as i32 - dct.day() as i32).max(-31);
                if diff > 183 {
                    y - 1
                } else if diff < -183 {
                    y + 1
                } else {
                    y
                }
            }
        },
    }
}

fn weekday_date(dct: NaiveDate, w: u32, rel: Rel, tense: Tense) -> NaiveDate {
    let cur = dct.weekday().number_from_monday() as i64;
    let w = w as i64;
    let back = (cur - w).rem_euclid(7); // days back to the last such weekday (0 = today)
    let fwd = (w - cur).rem_euclid(7);
    match rel {
        Rel::Last | Rel::Before => dct - Span::days(if back == 0 { 7 } else { back }),
        Rel::Next | Rel::After => dct + Span::days(if fwd == 0 { 7 } else { fwd }),
        Rel::This => dct + Span::days(w - cur),
        // Wire copy names the day of the dateline by its weekday too ("said Friday"
        // in a story filed on Friday), so the same weekday is the DCT itself.
        Rel::Tense => match tense {
            Tense::Future => dct + Span::days(fwd),
            // Without a tense, the nearer of the two; a tie goes to the past, which
            // news reports more.
            Tense::Unknown if fwd < back => dct + Span::days(fwd),
            _ => dct - Span::days(back),
        },
    }
}

fn season_year(dct: NaiveDate, s: Season, rel: Rel, tense: Tense) -> i32 {
    let y = dct.year();
    let iv = |y: i32| Val::Season(y, s).interval();
    let start = |y: i32| iv(y).map(|i| i.start.date()).unwrap_or(dct);
    let end = |y: i32| iv(y).map(|i| i.end.date()).unwrap_or(dct);
    let latest = |f: &dyn Fn(i32) -> bool| (y - 1..=y + 1).rev().find(|&k| f(k)).unwrap_or(y);
    let earliest = |f: &dyn Fn(i32) -> bool| (y - 1..=y + 1).find(|&k| f(k)).unwrap_or(y);
    match (rel, tense) {
        (Rel::Last | Rel::Before, _) => latest(&|k| end(k) <= dct),
        (Rel::Next | Rel::After, _) => earliest(&|k| start(k) > dct),
        (Rel::Tense, Tense::Past) => latest(&|k| start(k) <= dct),
        (Rel::Tense, Tense::Future) => earliest(&|k| end(k) > dct),
        _ => y,
    }
}

fn day_of(sem: &Sem, ctx: &Context) -> Option<(NaiveDate, Resolution)> {
    let r = resolve(sem, ctx);
    match r.val {
        Some(Val::Day(d)) => Some((d, r.timex.resolution)),
        _ => None,
    }
}

/// Anchor one expression.
pub fn resolve(sem: &Sem, ctx: &Context) -> Resolved {
    use Resolution::*;
    use TimexType::*;
    let dct = ctx.dct;
    match sem {
        Sem::Ref(k) => timex(Date, k.value().to_owned(), NotApplicable, None),
        Sem::Year(y) => timex(Date, format!("{y:04}"), Absolute, Some(Val::Year(*y))),
        Sem::MonthDay(m, d) => match dct {
            Some(dct) => {
                let y = year_for(dct, *m, *d, Rel::Tense, ctx.tense, ctx.finished);
                match NaiveDate::from_ymd_opt(y, *m, *d) {
                    Some(date) => timex(Date, Val::Day(date).timex(), Dct, Some(Val::Day(date))),
                    None => unresolved(Date, format!("XXXX-{m:02}-{d:02}")),
                }
            }
            None => unresolved(Date, format!("XXXX-{m:02}-{d:02}")),
        },
        Sem::MonthDayOf(m, d, off) => {
            match dct.and_then(|dct| NaiveDate::from_ymd_opt(dct.year() + off, *m, *d)) {
                Some(date) => timex(Date, Val::Day(date).timex(), Dct, Some(Val::Day(date))),
                None => unresolved(Date, format!("XXXX-{m:02}-{d:02}")),
            }
        }
        Sem::Month(m, rel, yr) => match (dct, yr) {
            (_, Some(YearRef::Abs(y))) => {
                let v = Val::Month(*y, *m);
                timex(Date, v.timex(), Absolute, Some(v))
            }
            (Some(dct), Some(YearRef::Dct(off))) => {
                let v = Val::Month(dct.year() + off, *m);
                timex(Date, v.timex(), Dct, Some(v))
            }
            (Some(dct), _) => {
                let v = Val::Month(year_for(dct, *m, 0, *rel, ctx.tense, ctx.finished), *m);
                timex(Date, v.timex(), Dct, Some(v))
            }
            (None, _) => unresolved(Date, format!("XXXX-{m:02}")),
        },
        Sem::Weekday(w, rel @ (Rel::Before | Rel::After)) => {
            // Counted from the day under discussion when there is one.
            let (anchor, res) = match (ctx.prev, dct) {
                (Some(Val::Day(p) | Val::PartOfDay(p, _) | Val::Minute(p, ..)), _) => {
                    (p, PreviousMention)
                }
                (_, Some(d)) => (d, Dct),
                _ => return unresolved(Date, format!("XXXX-WXX-{w}")),
            };
            let v = Val::Day(weekday_date(anchor, *w, *rel, ctx.tense));
            timex(Date, v.timex(), res, Some(v))
        }
        Sem::Weekday(w, rel) => match dct {
            Some(dct) => {
                let v = Val::Day(weekday_date(dct, *w, *rel, ctx.tense));
                timex(Date, v.timex(), Dct, Some(v))
            }
            None => unresolved(Date, format!("XXXX-WXX-{w}")),
        },
        Sem::DayRel(n) => match dct {
            Some(dct) => {
                let v = Val::Day(dct + Span::days(*n));
                timex(Date, v.timex(), Dct, Some(v))
            }
            None => unresolved(Date, "XXXX-XX-XX".to_owned()),
        },
        Sem::Shift(unit, n) => match dct {
            Some(dct) => {
                let v = containing(dct, *unit).shift(*n);
                timex(Date, v.timex(), Dct, Some(v))
            }
            None => unresolved(Date, placeholder(*unit)),
        },
        Sem::Ago(unit, n, dir, from_prev) => {
            let Some(n) = n else {
                let k = if *dir < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return timex(Date, k.to_owned(), NotApplicable, None);
            };
            let k = (n.round() as i64).max(1) * dir;
            // Financial copy compares quarters: "a year ago" after "the third quarter"
            // is the third quarter of the year before.
            let prev_fits = |p: &Val| match p {
                Val::Quarter(..) | Val::Half(..) => true,
                Val::Day(_) | Val::Month(..) => *from_prev,
                _ => false,
            };
            if *unit == Unit::Year
                && let Some(p) = ctx.prev.filter(prev_fits)
            {
                let v = p.shift_by(Unit::Year, k);
                return timex(Date, v.timex(), PreviousMention, Some(v));
            }
            let anchor = if *from_prev {
                ctx.prev
                    .and_then(|p| p.first_day())
                    .filter(|_| matches!(ctx.prev, Some(Val::Day(_))))
            } else {
                None
            };
            let (base, res) = match (anchor, dct) {
                (Some(a), _) => (a, PreviousMention),
                (None, Some(d)) => (d, Dct),
                (None, None) => return unresolved(Date, placeholder(*unit)),
            };
            let day = match unit {
                Unit::Year => shift_day_months(base, 12 * k),
                Unit::Decade => shift_day_months(base, 120 * k),
                Unit::Century => shift_day_months(base, 1200 * k),
                Unit::Quarter => shift_day_months(base, 3 * k),
                Unit::Half => shift_day_months(base, 6 * k),
                Unit::Month => shift_day_months(base, k),
                Unit::Week | Unit::Weekend => base + Span::weeks(k),
                Unit::Day => base + Span::days(k),
                _ => base,
            };
            let v = containing(day, *unit);
            timex(Date, v.timex(), res, Some(v))
        }
        Sem::Anaphor(unit, n) => {
            // "that day", "earlier in the day" name the day (week, month) under
            // discussion; a previous mention coarser than that unit ("in 2011", "in
            // March") names no such day, and its first day is not meant, so the DCT
            // anchors instead, the day of the report (TimeML guidelines 2.2.3: a
            // relative expression takes its value from the time it is anchored to; a
            // year gives no day). A shifted anaphor ("the following morning" after
            // "in July") still belongs to the story's period, not to the DCT's: it
            // keeps that anchor.
            let fine_enough = |p: &Val| {
                *n != 0
                    || match unit {
                        Unit::Day => {
                            matches!(p, Val::Day(_) | Val::PartOfDay(..) | Val::Minute(..))
                        }
                        Unit::Week | Unit::Weekend => matches!(
                            p,
                            Val::Week(..)
                                | Val::Weekend(..)
                                | Val::Day(_)
                                | Val::PartOfDay(..)
                                | Val::Minute(..)
                        ),
                        Unit::Month => !matches!(
                            p,
                            Val::Century(_)
                                | Val::Decade(_)
                                | Val::Year(_)
                                | Val::Half(..)
                                | Val::Quarter(..)
                                | Val::Season(..)
                        ),
                        _ => true,
                    }
            };
            let (anchor, res) = match (ctx.prev, dct) {
                (Some(p), _) if p.first_day().is_some() && fine_enough(&p) => (p, PreviousMention),
                (_, Some(d)) => (Val::Day(d), Dct),
                _ => return unresolved(Date, placeholder(*unit)),
            };
            let day = anchor.first_day().unwrap_or_default();
            let v = match unit {
                Unit::Day => match anchor {
                    Val::Day(d) => Val::Day(d + Span::days(*n)),
                    _ => Val::Day(day + Span::days(*n)),
                },
                u => containing(day, *u).shift(*n),
            };
            timex(Date, v.timex(), res, Some(v))
        }
        Sem::Duration(n, unit) => timex(Duration, duration_value(*n, *unit), NotApplicable, None),
        Sem::DurationValue(v) => timex(Duration, (*v).to_owned(), NotApplicable, None),
        Sem::Quarter(q, yr) | Sem::Half(q, yr) => {
            let half = matches!(sem, Sem::Half(..));
            let mk = |y: i32, q: u32| {
                if half {
                    Val::Half(y, q)
                } else {
                    Val::Quarter(y, q)
                }
            };
            match (yr, dct) {
                (YearRef::Abs(y), _) if *q > 0 => {
                    let v = mk(*y, *q);
                    timex(Date, v.timex(), Absolute, Some(v))
                }
                (YearRef::Dct(off), Some(d)) if *q > 0 => {
                    let v = mk(d.year() + off, *q);
                    timex(Date, v.timex(), Dct, Some(v))
                }
                (YearRef::Dct(off), Some(d)) => {
                    // "last year's quarter": the latest quarter, that many years back.
                    let cur = containing(d, if half { Unit::Half } else { Unit::Quarter });
                    let v = cur.shift(-1).shift_by(Unit::Year, i64::from(*off));
                    timex(Date, v.timex(), Dct, Some(v))
                }
                (YearRef::Abs(y), Some(d)) => {
                    // "the 1988 quarter": the latest quarter's number, in that year.
                    let Val::Quarter(_, q) = containing(d, Unit::Quarter).shift(-1) else {
                        return unresolved(Date, format!("{y:04}-QX"));
                    };
                    let v = mk(*y, if half { q.div_ceil(2) } else { q });
                    timex(Date, v.timex(), Dct, Some(v))
                }
                (_, Some(d)) => {
                    let cur = containing(d, if half { Unit::Half } else { Unit::Quarter });
                    let v = if *q == 0 {
                        if ctx.tense == Tense::Future {
                            cur
                        } else {
                            cur.shift(-1)
                        }
                    } else {
                        let this = mk(d.year(), *q);
                        let start = this.first_day().unwrap_or(d);
                        let end = this.interval().map(|i| i.end.date()).unwrap_or(d);
                        // Quarters named without a year are the DCT's year (news reports
                        // on the quarter just ended or under way), unless a past-tense
                        // sentence names one that has not begun yet.
                        let _ = end;
                        match ctx.tense {
                            Tense::Past if start > d => mk(d.year() - 1, *q),
                            _ => this,
                        }
                    };
                    timex(Date, v.timex(), Dct, Some(v))
                }
                (_, None) => {
                    let c = if half { 'H' } else { 'Q' };
                    if *q > 0 {
                        unresolved(Date, format!("XXXX-{c}{q}"))
                    } else {
                        unresolved(Date, format!("XXXX-{c}X"))
                    }
                }
            }
        }
        Sem::Season(s, rel, yr) => match (yr, dct) {
            (Some(YearRef::Abs(y)), _) => {
                let v = Val::Season(*y, *s);
                timex(Date, v.timex(), Absolute, Some(v))
            }
            (Some(YearRef::Dct(off)), Some(d)) => {
                let v = Val::Season(d.year() + off, *s);
                timex(Date, v.timex(), Dct, Some(v))
            }
            (_, Some(d)) => {
                let v = Val::Season(season_year(d, *s, *rel, ctx.tense), *s);
                timex(Date, v.timex(), Dct, Some(v))
            }
            (_, None) => unresolved(Date, format!("XXXX-{}", s.code())),
        },
        Sem::YearAgoQuarter(q) => {
            let base = match (ctx.prev, dct) {
                (Some(v @ Val::Quarter(..)), _) => Some((v, PreviousMention)),
                (Some(v @ (Val::Day(_) | Val::Month(..))), _) => v
                    .first_day()
                    .map(|d| (containing(d, Unit::Quarter), PreviousMention)),
                (_, Some(d)) => Some((containing(d, Unit::Quarter).shift(-1), Dct)),
                _ => None,
            };
            match base {
                Some((Val::Quarter(y, bq), res)) => {
                    let v = Val::Quarter(y - 1, q.unwrap_or(bq));
                    timex(Date, v.timex(), res, Some(v))
                }
                _ => unresolved(Date, "XXXX-QX".to_owned()),
            }
        }
        Sem::YearPeriod(y) => {
            let v = match ctx.prev {
                Some(Val::Quarter(_, q)) => Val::Quarter(*y, q),
                Some(Val::Half(_, h)) => Val::Half(*y, h),
                _ => Val::Year(*y),
            };
            let res = if v == Val::Year(*y) {
                Absolute
            } else {
                PreviousMention
            };
            timex(Date, v.timex(), res, Some(v))
        }
        Sem::Feast(feast, off, rel) => match dct {
            Some(d) => {
                let y = d.year();
                let on = |y: i32| feast.day(y, *off);
                let pick = match (rel, ctx.tense) {
                    (Rel::Last, _) | (Rel::Tense, Tense::Past) => {
                        (y - 1..=y).rev().filter_map(on).find(|t| *t <= d)
                    }
                    (Rel::Next, _) | (Rel::Tense, Tense::Future) => {
                        (y..=y + 1).filter_map(on).find(|t| *t >= d)
                    }
                    // "this Easter", or no tense: the nearest one.
                    _ => (y - 1..=y + 1)
                        .filter_map(on)
                        .min_by_key(|t| (*t - d).num_days().abs()),
                };
                match pick {
                    Some(t) => timex(Date, Val::Day(t).timex(), Dct, Some(Val::Day(t))),
                    None => unresolved(Date, format!("XXXX-{:02}-XX", feast.month())),
                }
            }
            None => unresolved(Date, format!("XXXX-{:02}-XX", feast.month())),
        },
        Sem::Weekend(rel) => match dct {
            Some(d) => {
                let cur = containing(d, Unit::Weekend);
                // Early in the week "the weekend" is the one just past, unless the
                // sentence looks ahead.
                let early_week = d.weekday().number_from_monday() <= 3;
                let v = match rel {
                    Rel::Last => cur.shift(-1),
                    Rel::Next => cur.shift(1),
                    Rel::Tense if ctx.tense == Tense::Past && early_week => cur.shift(-1),
                    // "told them this weekend" written on a Monday: a past verb puts
                    // "this weekend" on the one just ended, the weekend of the days
                    // under report (TimeML guidelines 2.2.3: the anchor and the tense
                    // give the value), as for a bare "the weekend".
                    Rel::This if ctx.tense == Tense::Past && early_week => cur.shift(-1),
                    Rel::Tense if ctx.tense == Tense::Unknown && early_week => cur.shift(-1),
                    _ => cur,
                };
                timex(Date, v.timex(), Dct, Some(v))
            }
            None => unresolved(Date, "XXXX-WXX-WE".to_owned()),
        },
        Sem::Set(v, freq, quant) => {
            let mut r = timex(Set, v.clone(), NotApplicable, None);
            r.timex.freq = freq.clone();
            r.timex.quant = quant.clone();
            r
        }
        Sem::Clock(day, h, m) => {
            let base = match day {
                Some(s) => day_of(s, ctx),
                None => match (ctx.prev, dct) {
                    (Some(Val::Day(p)), _) => Some((p, PreviousMention)),
                    (_, Some(d)) => Some((d, Dct)),
                    _ => None,
                },
            };
            match base {
                Some((d, res)) => {
                    let v = Val::Minute(d, *h, *m);
                    let res = if matches!(day.as_deref(), Some(Sem::Abs(_))) {
                        Absolute
                    } else {
                        res
                    };
                    timex(Time, v.timex(), res, Some(v))
                }
                None => unresolved(Time, format!("XXXX-XX-XXT{h:02}:{m:02}")),
            }
        }
        Sem::PartOf(day, p) => match day_of(day, ctx) {
            Some((d, res)) => {
                let v = Val::PartOfDay(d, *p);
                // A part of a day is a TIME (TimeML), also after a weekday.
                timex(Time, v.timex(), res, Some(v))
            }
            None => {
                // Keep what is known of the day: "Tuesday night" is XXXX-WXX-2TNI.
                let (known, t) = match **day {
                    Sem::Weekday(w, _) => (format!("XXXX-WXX-{w}"), Time),
                    _ => ("XXXX-XX-XX".to_owned(), Time),
                };
                unresolved(t, format!("{known}T{}", p.code()))
            }
        },
        Sem::Abs(v) => timex(Date, v.timex(), Absolute, Some(*v)),
        Sem::DayFrom(day, n) => match day_of(day, ctx) {
            Some((d, res)) => {
                let v = Val::Day(d + Span::days(*n));
                timex(Date, v.timex(), res, Some(v))
            }
            None => unresolved(Date, "XXXX-XX-XX".to_owned()),
        },
        Sem::WeekOf(day) => match day_of(day, ctx) {
            Some((d, res)) => {
                let v = containing(d, Unit::Week);
                timex(Date, v.timex(), res, Some(v))
            }
            None => unresolved(Date, "XXXX-WXX".to_owned()),
        },
    }
}

/// The value of a relative expression of `unit` when there is no anchor.
fn placeholder(unit: Unit) -> String {
    match unit {
        Unit::Year | Unit::Half | Unit::Quarter => "XXXX".to_owned(),
        Unit::Decade => "XXX".to_owned(),
        Unit::Century | Unit::Millennium => "XX".to_owned(),
        Unit::Month => "XXXX-XX".to_owned(),
        Unit::Week | Unit::Weekend => "XXXX-WXX".to_owned(),
        _ => "XXXX-XX-XX".to_owned(),
    }
}
