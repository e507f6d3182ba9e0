/// Assert that `haystack` contains `needle`, showing both when it does not.
macro_rules! assert_contains {
    ($haystack:expr, $needle:expr) => {{
        let haystack: &str = &$haystack;
        let needle: &str = &$needle;
        assert!(
            haystack.contains(needle),
            "expected to find {needle:?} in:\n{haystack}"
        );
    }};
}
