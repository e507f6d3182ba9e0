//! The output formats on hostile input, and the shapes other tools expect.

use super::*;
use crate::{Format, render};

/// An article that tries every trick on every output: markup in its title and text,
/// formulas in its outlet and text, a `javascript:` URL.
fn hostile() -> ArticleRecord {
    let mut d = doc(
        "hostile",
        &[
            "<script>alert(1)</script> Shelling hit the <img src=x onerror=alert(2)> market on 3 February 2024.",
            "=HYPERLINK(\"https://evil.example\") \"Run,\" said @Bob.",
        ],
        Some((2024, 2, 4)),
    );
    d.title = Some("<img src=x onerror=alert(1)>".to_owned());
    d.source = Some("=cmd|' /C calc'!A0".to_owned());
    d.url = Some("javascript:alert(document.domain)".to_owned());
    d.paragraphs = d.sentences.clone();
    let claims = vec![
        claim(
            &d,
            "3 February 2024",
            date("2024-02-03", (2024, 2, 3), Granularity::Day),
        ),
        claim(
            &d,
            "=HYPERLINK(\"https://evil.example\")",
            Payload::other("note", serde_json::json!({"v": "+1"})),
        ),
    ];
    record(d, claims)
}

#[test]
fn html_shows_hostile_text_as_text() {
    let html = render(&build(&[hostile()]), Format::Html);
    for raw in ["<script>alert", "<img", "href=\"javascript:"] {
        assert!(!html.contains(raw), "{raw} in the page");
    }
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // The only scripts and styles are the page's own, allowed by hash.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn csv_cells_never_start_a_formula() {
    let csv = render(&build(&[hostile()]), Format::Csv);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), crate::render::csv_columns().len());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // One row per claim.
    assert_eq!(rows.len(), 2);
    for row in &rows {
        for cell in row {
            let first = cell.trim_start_matches(' ').chars().next();
            assert!(
                !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                "{cell:?}"
            );
        }
    }
    let outlet = header.iter().position(|h| h == "outlet").unwrap();
    assert_eq!(&rows[0][outlet], "'=cmd|' /C calc'!A0");
}

#[test]
fn markdown_links_only_web_addresses() {
    let md = render(&build(&[hostile()]), Format::Markdown);
    assert!(!md.contains("<javascript:"), "{md}");
    assert!(md.contains("javascript:alert(document.domain)"));
    assert!(md.contains(r"\<img src=x onerror=alert(1)\>"));
}

#[test]
fn timelinejs_writes_dates_at_the_granularity_written_and_escapes_its_html() {
    let d = doc(
        "a",
        &[
            "Talks began in March 2024.",
            "Fighting went on in week 5 of 2024.",
            "<b>Shelling</b> hit Osk on 3 February 2024.",
            "Nobody knows when.",
        ],
        None,
    );
    let week = {
        let Payload::Time(mut t) = date("2024-W05", (2024, 1, 29), Granularity::Day) else {
            unreachable!()
        };
        t.interval = Some(Interval {
            start: midnight(2024, 1, 29),
            end: midnight(2024, 2, 5),
        });
        t.granularity = Some(Granularity::Week);
        Payload::Time(t)
    };
    let claims = vec![
        claim(
            &d,
            "March 2024",
            date("2024-03", (2024, 3, 1), Granularity::Month),
        ),
        claim(&d, "week 5 of 2024", week),
        claim(
            &d,
            "3 February 2024",
            date("2024-02-03", (2024, 2, 3), Granularity::Day),
        ),
        claim(&d, "Nobody", Payload::other("note", serde_json::json!({}))),
    ];
    let t = build(&[record(d, claims)]);
    let json: serde_json::Value = serde_json::from_str(&render(&t, Format::TimelineJs)).unwrap();
    let events = json["events"].as_array().unwrap();
    // The undated event has no place in TimelineJS; the title slide says so.
    assert_eq!(events.len(), 3);
    assert!(
        json["title"]["text"]["text"]
            .as_str()
            .unwrap()
            .contains("1 undated")
    );
    let dates: Vec<(serde_json::Value, Option<serde_json::Value>)> = events
        .iter()
        .map(|e| (e["start_date"].clone(), e.get("end_date").cloned()))
        .collect();
    assert_eq!(
        dates,
        [
            (
                serde_json::json!({"year": 2024, "month": 1, "day": 29}),
                Some(serde_json::json!({"year": 2024, "month": 2, "day": 4}))
            ),
            (
                serde_json::json!({"year": 2024, "month": 2, "day": 3}),
                None
            ),
            (serde_json::json!({"year": 2024, "month": 3}), None),
        ]
    );
    let text = events[1]["text"]["text"].as_str().unwrap();
    assert!(text.contains("&lt;b&gt;Shelling&lt;/b&gt;"), "{text}");
    assert_eq!(events[1]["unique_id"], "e2");
}

#[test]
fn timelinejs_csv_has_the_sheet_template_columns() {
    let csv = render(&build(&[hostile()]), Format::TimelineJsCsv);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
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
            "Background"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][15], "title");
    assert_eq!((&rows[1][0], &rows[1][1], &rows[1][2]), ("2024", "2", "3"));
    assert!(!csv.contains("<img"));
}
