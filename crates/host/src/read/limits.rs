//! Checks that bound what one input may cost before it is parsed.

/// The byte offset of the first `[` or `{` that opens a level deeper than `max`, if
/// any. Brackets inside JSON strings do not count.
///
/// serde_json parses recursively; refusing deep nesting first keeps a hostile file
/// (`[[[[…` a hundred thousand times) to one precise error and a linear scan.
pub(super) fn too_deep(json: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in json.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(too_deep(br#"{"a": [1, {"b": 2}]}"#, 3), None);
        assert_eq!(too_deep(br#"{"a": [1, {"b": 2}]}"#, 2), Some(10));
        assert_eq!(too_deep(br#"{"a": "[[[[\"[[["}"#, 1), None);
        assert_eq!(too_deep(br#"[] [] [[]]"#, 1), Some(7));
        let deep = "[".repeat(100_000);
        assert_eq!(too_deep(deep.as_bytes(), 64), Some(64));
    }
}
