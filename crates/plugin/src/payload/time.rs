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
    pub start: NaiveDateTime,
    /// First instant after the interval.
    pub end: NaiveDateTime,
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
