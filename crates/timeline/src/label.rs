//! English labels for resolved times: "3 February 2024", "week 5 of 2024".
//!
//! Labels depend only on the value, interval and granularity, never on the locale or
//! the clock, so the same time always gets the same label.

use chrono::{Datelike, Month, NaiveDate, NaiveDateTime, Timelike};
use dateline_plugin::{Granularity, Interval};

/// The English name of the month of `t`.
pub(crate) fn month_name(t: impl Datelike) -> &'static str {
    // chrono's names are the one list of month names in this crate.
    Month::try_from(t.month() as u8)
        .map(|m| m.name())
        .unwrap_or("")
}

/// Weekday names, which chrono gives only abbreviated.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words that name a time rather than what happened at it: month and weekday names
/// (in full or abbreviated to three or four letters, lower case) and the deictic days and
/// parts of the day. Event times are compared by their intervals, so these words say
/// nothing more about whether two sentences tell of the same thing.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        const DEICTIC: [&str; 14] = [
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "morning",
            "afternoon",
            "evening",
            "night",
            "overnight",
            "day",
            "week",
            "month",
            "year",
            "weekend",
        ];
        let months =
            (1..=12u8).filter_map(|m| Month::try_from(m).ok().map(|m| m.name().to_lowercase()));
        let names: Vec<String> = months
            .chain(WEEKDAYS.iter().map(|d| (*d).to_owned()))
            .collect();
        let mut all: Vec<String> = DEICTIC.iter().map(|w| (*w).to_owned()).collect();
        for name in &names {
            all.push(name.clone());
            for n in 3..=4 {
                if let Some(prefix) = name.get(..n) {
                    all.push(prefix.to_owned());
                }
            }
        }
        all.into_iter().collect()
    });
    words.contains(word)
}

/// "February 2024".
pub(crate) fn month_label(t: NaiveDateTime) -> String {
    format!("{} {}", month_name(t), t.year())
}

fn day_label(t: NaiveDateTime) -> String {
    format!("{} {} {}", t.day(), month_name(t), t.year())
}

/// "3 February 2024".
pub(crate) fn day(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d), d.year())
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A label for a resolved time. `value` is the TIMEX3 value, consulted only where the
/// interval alone is ambiguous (which season, which part of the day).
pub(crate) fn label(value: &str, interval: Interval, granularity: Granularity) -> String {
    let t = interval.start;
    let year = t.year();
    match granularity {
        Granularity::Millennium => format!("the {} millennium", ordinal(year / 1000 + 1)),
        Granularity::Century => format!("the {} century", ordinal(year / 100 + 1)),
        Granularity::Decade => format!("the {}s", year - year.rem_euclid(10)),
        Granularity::Year => year.to_string(),
        Granularity::Half => {
            let half = if t.month() <= 6 { "first" } else { "second" };
            format!("the {half} half of {year}")
        }
        Granularity::Quarter => {
            let quarter = ["first", "second", "third", "fourth"][t.month0() as usize / 3];
            format!("the {quarter} quarter of {year}")
        }
        Granularity::Season => format!("{} {year}", season(value, t)),
        Granularity::Month => month_label(t),
        Granularity::Week => {
            let week = t.iso_week();
            format!("week {} of {}", week.week(), week.year())
        }
        Granularity::Day => day_label(t),
        Granularity::PartOfDay => format!("the {} of {}", part_of_day(value, t), day_label(t)),
        Granularity::Hour | Granularity::Minute => {
            format!("{}, {:02}:{:02}", day_label(t), t.hour(), t.minute())
        }
        Granularity::Second => format!(
            "{}, {:02}:{:02}:{:02}",
            day_label(t),
            t.hour(),
            t.minute(),
            t.second()
        ),
    }
}

/// The label qualified by a TIMEX3 `mod`: "early February 2024", "about 2014".
///
/// START, MID and END read naturally only on periods of a week or longer ("early 3
/// February 2024" does not), so on finer times they are left out; the value and the
/// claim still carry the modifier.
pub(crate) fn with_modifier(label: String, modifier: Option<&str>, g: Granularity) -> String {
    let period = g <= Granularity::Week;
    let prefix = match modifier {
        Some("START") if period => "early ",
        Some("MID") if period => "mid-",
        Some("END") if period => "late ",
        Some("APPROX") => "about ",
        Some("BEFORE") | Some("LESS_THAN") => "before ",
        Some("AFTER") | Some("MORE_THAN") => "after ",
        Some("ON_OR_BEFORE") | Some("EQUAL_OR_LESS") => "by ",
        Some("ON_OR_AFTER") | Some("EQUAL_OR_MORE") => "from ",
        _ => "",
    };
    format!("{prefix}{label}")
}

/// The season named by the value's suffix (`2024-SU`), else by the starting month.
fn season(value: &str, t: NaiveDateTime) -> &'static str {
    match value.rsplit('-').next() {
        Some("SP") => "spring",
        Some("SU") => "summer",
        Some("FA") | Some("AU") => "autumn",
        Some("WI") => "winter",
        _ => match t.month() {
            3..=5 => "spring",
            6..=8 => "summer",
            9..=11 => "autumn",
            _ => "winter",
        },
    }
}

/// The part of the day named by the value's suffix (`…TEV`), else by the starting hour.
fn part_of_day(value: &str, t: NaiveDateTime) -> &'static str {
    match value.rsplit('T').next() {
        Some("MO") => "morning",
        Some("MI") => "middle",
        Some("AF") => "afternoon",
        Some("EV") => "evening",
        Some("NI") => "night",
        Some("DT") => "daytime",
        _ => match t.hour() {
            0..=4 => "night",
            5..=11 => "morning",
            12..=16 => "afternoon",
            17..=20 => "evening",
            _ => "night",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn check(value: &str, start: NaiveDateTime, g: Granularity, expect: &str) {
        let interval = Interval { start, end: start };
        assert_eq!(label(value, interval, g), expect, "{value}");
    }

    #[test]
    fn labels_read_as_english() {
        use Granularity::*;
        check("2024-02-03", at(2024, 2, 3, 0, 0), Day, "3 February 2024");
        check("2024-02", at(2024, 2, 1, 0, 0), Month, "February 2024");
        check("2024", at(2024, 1, 1, 0, 0), Year, "2024");
        check("2024-W05", at(2024, 1, 29, 0, 0), Week, "week 5 of 2024");
        check("2025-W01", at(2024, 12, 30, 0, 0), Week, "week 1 of 2025");
        check(
            "2024-02-03TMO",
            at(2024, 2, 3, 6, 0),
            PartOfDay,
            "the morning of 3 February 2024",
        );
        check(
            "2024-02-03T14:30",
            at(2024, 2, 3, 14, 30),
            Minute,
            "3 February 2024, 14:30",
        );
        check("2024-SU", at(2024, 6, 1, 0, 0), Season, "summer 2024");
        check(
            "2024-Q2",
            at(2024, 4, 1, 0, 0),
            Quarter,
            "the second quarter of 2024",
        );
        check(
            "2024-H2",
            at(2024, 7, 1, 0, 0),
            Half,
            "the second half of 2024",
        );
        check("199", at(1990, 1, 1, 0, 0), Decade, "the 1990s");
        check("19", at(1900, 1, 1, 0, 0), Century, "the 20th century");
        check("2", at(2000, 1, 1, 0, 0), Millennium, "the 3rd millennium");
    }

    #[test]
    fn modifiers_qualify_periods_but_not_days() {
        let month = || "February 2024".to_owned();
        assert_eq!(
            with_modifier(month(), Some("START"), Granularity::Month),
            "early February 2024"
        );
        assert_eq!(
            with_modifier(month(), Some("MID"), Granularity::Month),
            "mid-February 2024"
        );
        assert_eq!(
            with_modifier(month(), None, Granularity::Month),
            "February 2024"
        );
        let day = || "3 February 2024".to_owned();
        assert_eq!(
            with_modifier(day(), Some("END"), Granularity::Day),
            "3 February 2024"
        );
        assert_eq!(
            with_modifier(day(), Some("APPROX"), Granularity::Day),
            "about 3 February 2024"
        );
    }

    #[test]
    fn ordinals_handle_the_teens() {
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(112), "112th");
        assert_eq!(ordinal(3), "3rd");
    }
}
