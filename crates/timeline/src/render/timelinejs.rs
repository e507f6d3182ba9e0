//! Knight Lab's TimelineJS: its JSON (TimelineJS 3) and the columns of its
//! Google-Sheet template, so that a newsroom pastes the CSV into the sheet it already
//! uses.
//!
//! TimelineJS renders `headline` and `text` as HTML, so article text is escaped
//! before it goes in. Dates are written at the granularity of the event's time (a
//! month as year and month, a week as its first and last day). TimelineJS has no place
//! for an undated event; the title slide says how many were left out.

use chrono::{Datelike, NaiveDateTime, Timelike};
use dateline_plugin::Granularity;
use serde_json::{Map, Value, json};

use super::csv::write_rows;
use super::html::escape;
use super::text::{EventView, claim_text, figures_text, headline, quote_text, source_label};
use crate::model::{Basis, Event, Timeline};

/// A TimelineJS date: the fields down to `g`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Date {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<(u32, u32)>,
}

fn date(t: NaiveDateTime, g: Granularity) -> Date {
    let month = (g >= Granularity::Half).then_some(t.month());
    let day = (g >= Granularity::Week).then_some(t.day());
    let time = (g >= Granularity::Hour).then_some((t.hour(), t.minute()));
    Date {
        year: t.year(),
        month,
        day,
        time,
    }
}

/// The start and, for a period that TimelineJS would otherwise show as one point, the
/// end (its last day, month or year) of an event.
fn span(e: &Event) -> Option<(Date, Option<Date>)> {
    let interval = e.time.interval?;
    let g = e.time.granularity?;
    let start = date(interval.start, g);
    // The last instant inside the interval names its last day, month or year.
    let last = interval.end - chrono::Duration::seconds(1);
    let end = match g {
        Granularity::Millennium | Granularity::Century | Granularity::Decade => {
            Some(date(last, Granularity::Year))
        }
        Granularity::Half | Granularity::Quarter | Granularity::Season => {
            Some(date(last, Granularity::Month))
        }
        Granularity::Week => Some(date(last, Granularity::Day)),
        _ => None,
    };
    Some((start, end.filter(|&end| end != start)))
}

fn date_json(d: Date) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year));
    if let Some(month) = d.month {
        m.insert("month".into(), json!(month));
    }
    if let Some(day) = d.day {
        m.insert("day".into(), json!(day));
    }
    if let Some((h, min)) = d.time {
        m.insert("hour".into(), json!(h));
        m.insert("minute".into(), json!(min));
    }
    Value::Object(m)
}

/// The group (row) of an event in TimelineJS: by the kind of its most telling claim.
fn group(e: &Event) -> String {
    let kinds = e.kinds();
    if kinds.contains(&"casualty") {
        "Casualties".to_owned()
    } else if kinds.contains(&"quote") {
        "Quotes".to_owned()
    } else if let Some(other) = kinds
        .iter()
        .find(|k| !matches!(**k, "time" | "casualty_total"))
    {
        super::text::capitalise(other)
    } else {
        "Events".to_owned()
    }
}

/// The slide text: the sentence, the figures, the shared quotes and the shown source's
/// claims, and the sources, as HTML.
fn slide_text(e: &Event) -> String {
    let view = EventView::of(e);
    let mut html = format!("<p>{}</p>", escape(&e.sentence.text));
    let mut items: Vec<String> = Vec::new();
    items.extend(
        view.figures
            .iter()
            .filter_map(|f| figures_text(f))
            .map(|t| escape(&t)),
    );
    items.extend(view.quotes.iter().map(|q| escape(&quote_text(q))));
    items.extend(
        view.claims
            .iter()
            .filter_map(|&i| claim_text(e, i))
            .map(|t| escape(&t)),
    );
    if !items.is_empty() {
        html.push_str("<ul>");
        for item in items {
            html.push_str(&format!("<li>{item}</li>"));
        }
        html.push_str("</ul>");
    }
    let sources: Vec<String> = e.sources.iter().map(|s| escape(&source_label(s))).collect();
    let noun = if sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    };
    html.push_str(&format!(
        "<p><small>{noun}: {}</small></p>",
        sources.join("; ")
    ));
    html
}

fn title_text(t: &Timeline) -> (String, String) {
    let dated = t
        .events
        .iter()
        .filter(|e| e.time.basis != Basis::Undated)
        .count();
    let undated = t.events.len() - dated;
    let mut text = format!(
        "{dated} events from {} articles, merged across sources by Dateline.",
        t.articles.len()
    );
    if undated > 0 {
        text.push_str(&format!(" {undated} undated events are not shown."));
    }
    let headline = match &t.digest {
        Some(d) => format!("Timeline: the {} best-supported days", d.days.len()),
        None => "Timeline".to_owned(),
    };
    (headline, text)
}

/// Render TimelineJS 3 JSON: a title slide and one slide per dated event.
pub(crate) fn render_json(t: &Timeline) -> String {
    let (title_headline, title_body) = title_text(t);
    let events: Vec<Value> = t
        .events
        .iter()
        .filter_map(|e| {
            let (start, end) = span(e)?;
            let mut slide = Map::new();
            slide.insert("start_date".into(), date_json(start));
            if let Some(end) = end {
                slide.insert("end_date".into(), date_json(end));
            }
            if let Some(label) = &e.time.label {
                let shown = match e.time.basis {
                    Basis::ReportedOn => format!("{label} (reported on)"),
                    _ => label.clone(),
                };
                slide.insert("display_date".into(), json!(shown));
            }
            slide.insert(
                "text".into(),
                json!({"headline": escape(&headline(e)), "text": slide_text(e)}),
            );
            slide.insert("group".into(), json!(group(e)));
            slide.insert("unique_id".into(), json!(e.id));
            Some(Value::Object(slide))
        })
        .collect();
    let doc = json!({
        "title": {"text": {"headline": escape(&title_headline), "text": escape(&title_body)}},
        "events": events,
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("JSON values always serialize");
    out.push('\n');
    out
}

/// The columns of the TimelineJS Google-Sheet template, in its order.
pub(crate) const SHEET_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

fn date_cells(d: Option<Date>) -> [String; 4] {
    let Some(d) = d else {
        return Default::default();
    };
    let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    [
        d.year.to_string(),
        opt(d.month),
        opt(d.day),
        d.time
            .map(|(h, m)| format!("{h:02}:{m:02}"))
            .unwrap_or_default(),
    ]
}

/// Render the rows of the TimelineJS Google-Sheet template: a header, a title row
/// (`Type` = `title`) and one row per dated event.
pub(crate) fn render_csv(t: &Timeline) -> String {
    let header: Vec<String> = SHEET_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    let (title_headline, title_body) = title_text(t);
    let mut title = vec![String::new(); SHEET_COLUMNS.len()];
    title[9] = escape(&title_headline);
    title[10] = escape(&title_body);
    title[15] = "title".to_owned();
    let mut rows = vec![header, title];
    for e in &t.events {
        let Some((start, end)) = span(e) else {
            continue;
        };
        let mut row: Vec<String> = Vec::with_capacity(SHEET_COLUMNS.len());
        row.extend(date_cells(Some(start)));
        row.extend(date_cells(end));
        row.push(e.time.label.clone().unwrap_or_default());
        row.push(escape(&headline(e)));
        row.push(slide_text(e));
        row.extend([String::new(), String::new(), String::new(), String::new()]);
        row.push(String::new());
        row.push(group(e));
        row.push(String::new());
        rows.push(row);
    }
    write_rows(rows)
}
