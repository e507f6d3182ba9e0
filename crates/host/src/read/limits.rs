//! Checks that bound what one input may cost before it is parsed.

/// The byte offset of the first `[` or `{` that opens a level deeper than `max`, if
/// any. Brackets inside JSON strings do not count.
///
/// serde_json parses recursively; refusing deep nesting first keeps a hostile file
/// (`[[[[…` a hundred thousand times) to one precise error and a linear scan.
pub(super) fn too_deep(json: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'"' => {
                // A string is skipped to its closing quote with memchr: an article's
                // text is nearly all of its line, and only a quote or a backslash
                // inside it matters here.
                i += 1;
                loop {
                    let k = memchr::memchr2(b'"', b'\\', json.get(i..)?)?;
                    if json[i + k] == b'\\' {
                        // The escaped byte is skipped with it; a line ending in a
                        // backslash ends inside its string, with nothing deeper after.
                        i += k + 2;
                    } else {
                        i += k + 1;
                        break;
                    }
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
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

    /// The plain byte-by-byte scan, which the skipping one must agree with.
    fn byte_by_byte(json: &[u8], max: usize) -> Option<usize> {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
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

    #[test]
    fn skipping_strings_agrees_with_reading_every_byte() {
        let cases: [&[u8]; 9] = [
            br#"{"a": "x\\", "b": [[1]]}"#,
            br#"{"a": "x\"[[", "b": [[1]]}"#,
            br#"["\\\"[", [[[]]]]"#,
            br#"{"t": "ends in a backslash\"#,
            br#"{"t": "never closed [[[["#,
            br#""\"#,
            br#"[[["a"]]] "[" [[["#,
            br#"{"k": "\u005b", "v": [{"w": [1]}]}"#,
            b"",
        ];
        for json in cases {
            for max in 0..5 {
                assert_eq!(
                    too_deep(json, max),
                    byte_by_byte(json, max),
                    "{} at {max}",
                    String::from_utf8_lossy(json)
                );
            }
        }
    }
}
