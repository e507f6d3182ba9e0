//! Calendar values: a resolved time point at some granularity, its TIMEX3 string and its
//! interval, and calendar arithmetic on it.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use dateline_plugin::{Granularity, Interval};

use crate::token::{Part, Season, Unit};

/// A calendar value the grammar resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    Century(i32),
    Decade(i32),
    Year(i32),
    Half(i32, u32),
    Quarter(i32, u32),
    Season(i32, Season),
    Month(i32, u32),
    /// ISO year and week.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    Day(NaiveDate),
    PartOfDay(NaiveDate, Part),
    Minute(NaiveDate, u32, u32),
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn at(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// The first day of month `m` of year `y` shifted by `k` months.
pub fn add_months(y: i32, m: u32, k: i64) -> (i32, u32) {
    let idx = y as i64 * 12 + (m as i64 - 1) + k;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// The same day `k` months later, clamped to the month's last day.
pub fn shift_day_months(d: NaiveDate, k: i64) -> NaiveDate {
    let (y, m) = add_months(d.year(), d.month(), k);
    let mut day = d.day();
    loop {
        if let Some(x) = ymd(y, m, day) {
            return x;
        }
        day -= 1;
    }
}

impl Val {
    /// The TIMEX3 value string.
    pub fn timex(&self) -> String {
        match *self {
            Val::Century(c) => format!("{c:02}"),
            Val::Decade(d) => format!("{d:03}"),
            Val::Year(y) => format!("{y:04}"),
            Val::Half(y, h) => format!("{y:04}-H{h}"),
            Val::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Val::Season(y, s) => format!("{y:04}-{}", s.code()),
            Val::Month(y, m) => format!("{y:04}-{m:02}"),
            Val::Week(y, w) => format!("{y:04}-W{w:02}"),
            Val::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Val::Day(d) => d.format("%Y-%m-%d").to_string(),
            Val::PartOfDay(d, p) => format!("{}T{}", d.format("%Y-%m-%d"), p.code()),
            Val::Minute(d, h, m) => format!("{}T{h:02}:{m:02}", d.format("%Y-%m-%d")),
        }
    }

    /// The granularity of the value.
    pub fn granularity(&self) -> Granularity {
        match self {
            Val::Century(_) => Granularity::Century,
            Val::Decade(_) => Granularity::Decade,
            Val::Year(_) => Granularity::Year,
            Val::Half(..) => Granularity::Half,
            Val::Quarter(..) => Granularity::Quarter,
            Val::Season(..) => Granularity::Season,
            Val::Month(..) => Granularity::Month,
            Val::Week(..) | Val::Weekend(..) => Granularity::Week,
            Val::Day(_) => Granularity::Day,
            Val::PartOfDay(..) => Granularity::PartOfDay,
            Val::Minute(..) => Granularity::Minute,
        }
    }

    /// The interval `[start, end)` the value denotes.
    pub fn interval(&self) -> Option<Interval> {
        let (start, end) = match *self {
            Val::Century(c) => (at(ymd(c * 100, 1, 1)?), at(ymd(c * 100 + 100, 1, 1)?)),
            Val::Decade(d) => (at(ymd(d * 10, 1, 1)?), at(ymd(d * 10 + 10, 1, 1)?)),
            Val::Year(y) => (at(ymd(y, 1, 1)?), at(ymd(y + 1, 1, 1)?)),
            Val::Half(y, h) => {
                let (y2, m2) = add_months(y, 1 + (h - 1) * 6, 6);
                (at(ymd(y, 1 + (h - 1) * 6, 1)?), at(ymd(y2, m2, 1)?))
            }
            Val::Quarter(y, q) => {
                let (y2, m2) = add_months(y, 1 + (q - 1) * 3, 3);
                (at(ymd(y, 1 + (q - 1) * 3, 1)?), at(ymd(y2, m2, 1)?))
            }
            Val::Season(y, s) => {
                // Meteorological seasons (northern hemisphere); winter starts in
                // December of the year before.
                let (sy, sm) = match s {
                    Season::Spring => (y, 3),
                    Season::Summer => (y, 6),
                    Season::Fall => (y, 9),
                    Season::Winter => (y - 1, 12),
                };
                let (ey, em) = add_months(sy, sm, 3);
                (at(ymd(sy, sm, 1)?), at(ymd(ey, em, 1)?))
            }
            Val::Month(y, m) => {
                let (y2, m2) = add_months(y, m, 1);
                (at(ymd(y, m, 1)?), at(ymd(y2, m2, 1)?))
            }
            Val::Week(y, w) => {
                let d = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                (at(d), at(d + Duration::days(7)))
            }
            Val::Weekend(y, w) => {
                let d = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
                (at(d), at(d + Duration::days(2)))
            }
            Val::Day(d) => (at(d), at(d + Duration::days(1))),
            Val::PartOfDay(d, p) => {
                let (h1, h2) = match p {
                    Part::Morning => (6, 12),
                    Part::Afternoon => (12, 18),
                    Part::Evening => (18, 22),
                    Part::Night => (21, 24),
                };
                let s = at(d) + Duration::hours(h1);
                (s, at(d) + Duration::hours(h2))
            }
            Val::Minute(d, h, m) => {
                let s = at(d) + Duration::minutes(h as i64 * 60 + m as i64);
                (s, s + Duration::minutes(1))
            }
        };
        Some(Interval { start, end })
    }

    /// The value `n` units of its own granularity later (earlier when negative).
    pub fn shift(&self, n: i64) -> Val {
        match *self {
            Val::Century(c) => Val::Century(c + n as i32),
            Val::Decade(d) => Val::Decade(d + n as i32),
            Val::Year(y) => Val::Year(y + n as i32),
            Val::Half(y, h) => {
                let idx = y as i64 * 2 + h as i64 - 1 + n;
                Val::Half(idx.div_euclid(2) as i32, idx.rem_euclid(2) as u32 + 1)
            }
            Val::Quarter(y, q) => {
                let idx = y as i64 * 4 + q as i64 - 1 + n;
                Val::Quarter(idx.div_euclid(4) as i32, idx.rem_euclid(4) as u32 + 1)
            }
            Val::Season(y, s) => Val::Season(y + n as i32, s),
            Val::Month(y, m) => {
                let (y, m) = add_months(y, m, n);
                Val::Month(y, m)
            }
            Val::Week(..) | Val::Weekend(..) => {
                let d = self.first_day().unwrap_or_default() + Duration::weeks(n);
                let w = d.iso_week();
                if matches!(self, Val::Weekend(..)) {
                    Val::Weekend(w.year(), w.week())
                } else {
                    Val::Week(w.year(), w.week())
                }
            }
            Val::Day(d) => Val::Day(d + Duration::days(n)),
            Val::PartOfDay(d, p) => Val::PartOfDay(d + Duration::days(n), p),
            Val::Minute(d, h, m) => Val::Minute(d + Duration::days(n), h, m),
        }
    }

    /// The value shifted by `n` of `unit`, keeping its own granularity ("a year
    /// earlier" than a quarter is the same quarter of the year before).
    pub fn shift_by(&self, unit: Unit, n: i64) -> Val {
        match (unit, *self) {
            (Unit::Year, Val::Quarter(y, q)) => Val::Quarter(y + n as i32, q),
            (Unit::Year, Val::Half(y, h)) => Val::Half(y + n as i32, h),
            (Unit::Year, Val::Month(y, m)) => Val::Month(y + n as i32, m),
            (Unit::Year, Val::Day(d)) => Val::Day(shift_day_months(d, 12 * n)),
            (Unit::Month, Val::Day(d)) => Val::Day(shift_day_months(d, n)),
            (Unit::Week, Val::Day(d)) => Val::Day(d + Duration::weeks(n)),
            (Unit::Quarter, Val::Quarter(..)) => self.shift(n),
            (Unit::Year, Val::Year(_))
            | (Unit::Month, Val::Month(..))
            | (Unit::Week, Val::Week(..)) => self.shift(n),
            (Unit::Day, Val::Day(_)) => self.shift(n),
            _ => *self,
        }
    }

    /// The first day of the value.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.interval().map(|i| i.start.date())
    }
}

/// The value of `unit` granularity containing `d`.
pub fn containing(d: NaiveDate, unit: Unit) -> Val {
    match unit {
        Unit::Century | Unit::Millennium => Val::Century(d.year().div_euclid(100)),
        Unit::Decade => Val::Decade(d.year().div_euclid(10)),
        Unit::Year => Val::Year(d.year()),
        Unit::Half => Val::Half(d.year(), if d.month() <= 6 { 1 } else { 2 }),
        Unit::Quarter => Val::Quarter(d.year(), (d.month() - 1) / 3 + 1),
        Unit::Month => Val::Month(d.year(), d.month()),
        Unit::Week => {
            let w = d.iso_week();
            Val::Week(w.year(), w.week())
        }
        Unit::Weekend => {
            let w = d.iso_week();
            Val::Weekend(w.year(), w.week())
        }
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Val::Day(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_timex3() {
        let d = NaiveDate::from_ymd_opt(1998, 1, 8).unwrap();
        assert_eq!(containing(d, Unit::Week).timex(), "1998-W02");
        assert_eq!(containing(d, Unit::Decade).timex(), "199");
        assert_eq!(containing(d, Unit::Century).timex(), "19");
        assert_eq!(Val::Quarter(1998, 1).shift(-1).timex(), "1997-Q4");
        assert_eq!(
            Val::Quarter(1989, 3).shift_by(Unit::Year, -1).timex(),
            "1988-Q3"
        );
        assert_eq!(Val::PartOfDay(d, Part::Evening).timex(), "1998-01-08TEV");
    }

    #[test]
    fn intervals_are_half_open() {
        let i = Val::Quarter(2024, 4).interval().unwrap();
        assert_eq!(i.start.to_string(), "2024-10-01 00:00:00");
        assert_eq!(i.end.to_string(), "2025-01-01 00:00:00");
        let w = Val::Season(2024, Season::Winter).interval().unwrap();
        assert_eq!(w.start.to_string(), "2023-12-01 00:00:00");
    }
}
