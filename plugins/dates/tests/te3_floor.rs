//! Regression floor on TempEval-3 training data: fails when strict, relaxed or value F1
//! drop more than a point below the figures in the README, over all documents and on
//! each of the two corpora (the plugin is developed on one and confirmed on the other,
//! in both directions, so both halves are held). Skips, with a message, when
//! `../shared/data/te3-train` is absent (a fresh clone).

use std::path::PathBuf;

use dateline_dates::Dates;
use dateline_plugin::{Document, Extractor};

/// README figures minus one point: (part, strict F1, relaxed F1, value F1).
const FLOORS: &[(&str, f64, f64, f64)] = &[
    ("all", 0.892, 0.942, 0.815),
    ("TimeBank", 0.911, 0.942, 0.833),
    ("AQUAINT", 0.850, 0.942, 0.778),
];

#[test]
fn te3_train_stays_above_the_floor() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/te3-train");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let dates = Dates::default();
    let extract = |doc: &Document| dates.extract(doc).map_err(|e| e.to_string());
    let report =
        dateline_eval::dates::evaluate_timeml(&dir, &extract).expect("te3-train is readable");
    assert_eq!(report.total.documents, 256);
    for &(part, strict, relaxed, value) in FLOORS {
        let s = if part == "all" {
            report.scores
        } else {
            report
                .by_folder
                .get(part)
                .unwrap_or_else(|| panic!("no {part} folder in te3-train\n{report}"))
                .scores()
        };
        assert!(
            s.strict_f1 >= strict,
            "{part}: strict F1 fell to {:.3}\n{report}",
            s.strict_f1
        );
        assert!(
            s.relaxed_f1 >= relaxed,
            "{part}: relaxed F1 fell to {:.3}\n{report}",
            s.relaxed_f1
        );
        assert!(
            s.value_f1 >= value,
            "{part}: value F1 fell to {:.3}\n{report}",
            s.value_f1
        );
    }
}
