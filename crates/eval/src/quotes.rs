//! Evaluation of the quotes plugin (being written).
