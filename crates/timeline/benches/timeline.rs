//! Building and rendering a timeline of a few thousand synthetic articles.
//!
//! The articles are generated (no corpus text): each has sentences with a resolved
//! date, a casualty count and a quote, so every code path of the builder and the
//! renderers is exercised at the scale of a real run.

use chrono::{Days, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_plugin::{
    ArticleRecord, Casualty, CasualtyCategory, Claim, Count, Document, Granularity, Interval,
    Payload, Quote, QuoteKind, Resolution, Role, Scope, Span, Timex, TimexType,
};

const ARTICLES: usize = 2_000;
const SENTENCES: usize = 20;

fn article(n: usize) -> ArticleRecord {
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let published = base + Days::new((n % 300) as u64);
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut claims = Vec::new();
    for s in 0..SENTENCES {
        let start = text.len();
        let day = published - Days::new((s % 7) as u64);
        let date = day.format("%-d %B %Y").to_string();
        text.push_str(&format!(
            "On {date}, at least {s} people were killed, \"we mourn them\", the mayor said. "
        ));
        let end = text.len() - 1;
        sentences.push(Span::new(start, end));
        let date_span = Span::new(start + 3, start + 3 + date.len());
        let midnight = day.and_hms_opt(0, 0, 0).unwrap();
        let stamp = |span: Span, payload: Payload, plugin: &str| Claim {
            plugin: plugin.to_owned(),
            version: "0.1.0".to_owned(),
            text: text[span.start..span.end].to_owned(),
            span,
            sentence: s,
            payload,
        };
        // Every third sentence has no resolved date, so it falls back to the DCT.
        if s % 3 != 0 {
            claims.push(stamp(
                date_span,
                Payload::Time(Timex {
                    timex_type: TimexType::Date,
                    value: day.to_string(),
                    modifier: None,
                    freq: None,
                    quant: None,
                    resolution: Resolution::Absolute,
                    interval: Some(Interval {
                        start: midnight,
                        end: midnight + Days::new(1),
                    }),
                    granularity: Some(Granularity::Day),
                }),
                "dates",
            ));
        }
        let count_at = date_span.end + 2;
        claims.push(stamp(
            Span::new(count_at, count_at + 8),
            Payload::Casualty(Casualty {
                category: CasualtyCategory::Killed,
                count: Count::exact(s as u64),
                role: Role::Victims,
                group: Some("people".to_owned()),
                place: None,
                source: Some("the mayor".to_owned()),
                parts: vec![],
                scope: Scope::Incident,
                incidents: None,
            }),
            "casualties",
        ));
        claims.push(stamp(
            Span::new(start, end),
            Payload::Quote(Quote {
                kind: QuoteKind::Direct,
                content: "we mourn them".to_owned(),
                pieces: vec![],
                cue: Some("said".to_owned()),
                cue_span: None,
                speaker: Some("the mayor".to_owned()),
                speaker_span: None,
                speaker_resolved: None,
                speaker_resolved_span: None,
            }),
            "quotes",
        ));
    }
    claims.sort_by_key(|c| c.span);
    let mut doc = Document::from_text(format!("article-{n}"), text);
    doc.sentences = sentences;
    doc.published = Some(published);
    doc.title = Some(format!("Article {n}"));
    ArticleRecord {
        input: format!("articles/{n}.md"),
        document: Some(doc),
        claims,
        errors: vec![],
    }
}

fn bench(c: &mut Criterion) {
    let records: Vec<ArticleRecord> = (0..ARTICLES).map(article).collect();
    let timeline = dateline_timeline::build(&records);
    let mut group = c.benchmark_group("timeline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("build", |b| b.iter(|| dateline_timeline::build(&records)));
    group.bench_function("render_json", |b| {
        b.iter(|| dateline_timeline::render_json(&timeline))
    });
    group.bench_function("render_markdown", |b| {
        b.iter(|| dateline_timeline::render_markdown(&timeline))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
