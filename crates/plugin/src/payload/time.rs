//! The `time` claim: a TimeML TIMEX3 normalization plus a resolved interval.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The four TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2024-02-03`, `2024-W05`, `PRESENT_REF`.
    Date,
    /// A time of day: `2024-02-03T14:30`, `2024-02-03TEV`.
    Time,
    /// A length of time: `P10Y`, `PT2H`.
    Duration,
    /// A recurrence: `P1W` with `freq`/`quant`.
    Set,
}

/// How a time expression was resolved to its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The text names the time completely ("3 February 2024").
    Absolute,
    /// Resolved against the document creation time ("yesterday", "in February").
    Dct,
    /// Resolved against an earlier time expression in the text ("the next day").
    PreviousMention,
    /// Needed an anchor that is missing (no DCT): the value keeps `X` placeholders.
    Unresolved,
    /// Not anchored in the calendar by nature (durations, sets, `PAST_REF`).
    NotApplicable,
}

/// Calendar granularity of a resolved time, coarsest first so that `Ord` sorts a
/// year before its months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A thousand years.
    Millennium,
    /// A hundred years (`19`).
    Century,
    /// Ten years (`199`).
    Decade,
    /// A year (`2024`).
    Year,
    /// Half a year (`2024-H1`).
    Half,
    /// A quarter (`2024-Q1`).
    Quarter,
    /// A season (`2024-SU`).
    Season,
    /// A month (`2024-02`).
    Month,
    /// An ISO week (`2024-W05`).
    Week,
    /// A day (`2024-02-03`).
    Day,
    /// Morning, afternoon, evening, night (`2024-02-03TEV`).
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute (`2024-02-03T14:30`).
    Minute,
    /// A second.
    Second,
}

/// A resolved time as a half-open interval `[start, end)` in local (article) time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// First instant inside the interval.
    #[serde(serialize_with = "date_time", deserialize_with = "read_date_time")]
    pub start: NaiveDateTime,
    /// First instant after the interval.
    #[serde(serialize_with = "date_time", deserialize_with = "read_date_time")]
    pub end: NaiveDateTime,
}

/// Read a date-time as chrono's own `Deserialize` does, without its parser in the
/// common case (`2024-02-03T00:00:00`, exactly as [`date_time`] writes it): every time
/// claim read from a plugin library, a worker or a record file has two of these, and
/// chrono's general parser cost about as much as the rest of the claim. Anything else,
/// and any digits that are no valid date or time, goes to chrono, so the result and the
/// errors are chrono's.
fn read_date_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = NaiveDateTime;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a formatted date and time string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDateTime, E> {
            if let Some(t) = plain_date_time(v.as_bytes()) {
                return Ok(t);
            }
            v.parse().map_err(E::custom)
        }
    }
    d.deserialize_str(Visitor)
}

/// `YYYY-MM-DDTHH:MM:SS` with a valid date and time, or `None`.
fn plain_date_time(b: &[u8]) -> Option<NaiveDateTime> {
    if b.len() != 19
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = chrono::NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)?;
    date.and_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)
}

/// Write a date-time exactly as chrono's own `Serialize` does (`2024-02-03T00:00:00`),
/// without its formatting machinery in the common case: every time claim has two of
/// these, and chrono's path cost more than the rest of the claim together.
fn date_time<S: serde::Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    use chrono::{Datelike, Timelike};
    let year = t.year();
    if !(0..=9999).contains(&year) || t.nanosecond() != 0 {
        return t.serialize(s);
    }
    let mut buf = *b"0000-00-00T00:00:00";
    let mut put = |at: usize, digits: usize, mut v: u32| {
        for i in (at..at + digits).rev() {
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, 4, year as u32);
    put(5, 2, t.month());
    put(8, 2, t.day());
    put(11, 2, t.hour());
    put(14, 2, t.minute());
    put(17, 2, t.second());
    // The buffer holds only ASCII digits and separators.
    s.serialize_str(std::str::from_utf8(&buf).unwrap_or_default())
}

/// A TIMEX3-style normalization of a temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// The TIMEX3 value: `2024-02-03`, `2024-W05`, `P10Y`, `PRESENT_REF`, `XXXX-02` …
    pub value: String,
    /// TIMEX3 `mod`: APPROX, START, MID, END, MORE_THAN, LESS_THAN, EQUAL_OR_MORE …
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// TIMEX3 `freq` of a SET (`1X`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// TIMEX3 `quant` of a SET (`EVERY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// How the value was obtained.
    pub resolution: Resolution,
    /// The calendar interval the value denotes, when it is resolvable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The granularity of `interval`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_read_as_chrono_reads_them() {
        let texts = [
            "2024-02-03T00:00:00",
            "1987-12-31T23:59:59",
            "0005-01-09T07:08:09",
            "2024-02-30T00:00:00",
            "2024-13-01T00:00:00",
            "2024-02-03T24:00:00",
            "2016-12-31T23:59:60",
            "2024-02-03T01:02:03.450",
            "+10000-01-01T00:00:00",
            "-0044-03-15T00:00:00",
            "2024-02-03 00:00:00",
            "2024-0a-03T00:00:00",
            "2024-02-03T00:00",
            "",
        ];
        for text in texts {
            let json = format!(r#"{{"start":"{text}","end":"{text}"}}"#);
            let ours = serde_json::from_str::<Interval>(&json).ok();
            let chrono = serde_json::from_str::<NaiveDateTime>(&format!("{text:?}"))
                .ok()
                .map(|t| Interval { start: t, end: t });
            assert_eq!(ours, chrono, "{text}");
        }
    }

    #[test]
    fn date_times_serialize_as_chrono_writes_them() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let times = [
            day(2024, 2, 3).and_hms_opt(0, 0, 0).unwrap(),
            day(1987, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            day(5, 1, 9).and_hms_opt(7, 8, 9).unwrap(),
            day(9999, 12, 31).and_hms_opt(12, 0, 0).unwrap(),
            day(10000, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            day(-44, 3, 15).and_hms_opt(0, 0, 0).unwrap(),
            day(2024, 2, 3).and_hms_milli_opt(1, 2, 3, 450).unwrap(),
            day(2016, 12, 31)
                .and_hms_milli_opt(23, 59, 59, 1500)
                .unwrap(),
        ];
        for t in times {
            let ours = serde_json::to_string(&Interval { start: t, end: t }).unwrap();
            let chrono = serde_json::to_string(&t).unwrap();
            assert_eq!(ours, format!(r#"{{"start":{chrono},"end":{chrono}}}"#));
            let back: Interval = serde_json::from_str(&ours).unwrap();
            assert_eq!(back, Interval { start: t, end: t });
        }
    }
}
