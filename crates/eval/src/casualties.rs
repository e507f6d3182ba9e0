//! Evaluation of the casualties plugin (being written).
