//! Small text helpers that most extractors need.

use crate::Span;

/// The largest char boundary `<= i` (clamped to the text).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i` (clamped to the text).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// True when byte `i` starts a word: it is at the start of the text or follows a
/// character that is not alphanumeric.
pub fn is_word_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when byte `i` ends a word: it is at the end of the text or precedes a
/// character that is not alphanumeric.
pub fn is_word_end(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Shrink `span` past whitespace and the given characters at both ends.
pub fn trim_span(text: &str, span: Span, also: &[char]) -> Span {
    let s = &text[span.start..span.end];
    let trimmed_start = s.trim_start_matches(|c: char| c.is_whitespace() || also.contains(&c));
    let start = span.start + (s.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(|c: char| c.is_whitespace() || also.contains(&c));
    Span::new(start, start + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_step_over_multibyte_chars() {
        let t = "aé b";
        assert_eq!(floor_boundary(t, 2), 1);
        assert_eq!(ceil_boundary(t, 2), 3);
        assert!(is_word_start(t, 4));
        assert!(!is_word_start(t, 1));
        assert!(is_word_end(t, 3));
    }

    #[test]
    fn trim_span_drops_punctuation_and_space() {
        let t = " (Monday), ";
        let s = trim_span(t, Span::new(0, t.len()), &['(', ')', ',']);
        assert_eq!(s.slice(t), Some("Monday"));
    }
}
