//! Regression floor on TempEval-3 training data: fails when strict or value F1 drop
//! more than a point below the figures in the README. Skips, with a message, when
//! `../shared/data/te3-train` is absent (a fresh clone).

use std::path::PathBuf;

use dateline_dates::Dates;
use dateline_plugin::{Document, Extractor};

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
    let s = report.scores;
    assert_eq!(report.total.documents, 256);
    assert!(
        s.strict_f1 >= 0.879,
        "strict F1 fell to {:.3}\n{report}",
        s.strict_f1
    );
    assert!(
        s.relaxed_f1 >= 0.941,
        "relaxed F1 fell to {:.3}\n{report}",
        s.relaxed_f1
    );
    assert!(
        s.value_f1 >= 0.811,
        "value F1 fell to {:.3}\n{report}",
        s.value_f1
    );
}
