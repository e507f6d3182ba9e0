//! Evaluation of the dates plugin (being written).
