//! The HTML page in a real browser (headless Chromium): the events it shows, a filter
//! that hides what it should, no network request, and a hostile article that runs no
//! script. It also saves screenshots under `target/browser/` for a person to look at
//! (the one in docs/examples/output/ was taken this way).
//!
//! Chromium is found at `$DATELINE_CHROMIUM`, else `/usr/bin/chromium`, else `chromium`
//! on the PATH. Without it the test says so and passes, unless
//! `DATELINE_REQUIRE_BROWSER=1` is set, as `.ci/run` sets it after installing Debian's
//! `chromium`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{dateline, root, tempdir};

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DATELINE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let debian = Path::new("/usr/bin/chromium");
    if debian.is_file() {
        return Some(debian.to_owned());
    }
    let found = Command::new("chromium").arg("--version").output();
    found
        .is_ok_and(|o| o.status.success())
        .then(|| PathBuf::from("chromium"))
}

/// What one headless load of a page gave.
struct Load {
    /// The DOM after the page's script ran.
    dom: String,
    /// URLs the page itself asked for (not the browser's own background requests).
    page_requests: Vec<String>,
}

/// Load `page` (a file, with an optional `#fragment`) headless, dumping the DOM and
/// logging every network request, and optionally save a screenshot.
fn load(browser: &Path, page: &Path, fragment: &str, screenshot: Option<&Path>) -> Load {
    load_sized(browser, page, fragment, screenshot, (1280, 1800))
}

/// [`load`] with a window of `(width, height)`.
fn load_sized(
    browser: &Path,
    page: &Path,
    fragment: &str,
    screenshot: Option<&Path>,
    (width, height): (u32, u32),
) -> Load {
    let profile = tempdir();
    let netlog = profile.path().join("netlog.json");
    let url = format!("file://{}{fragment}", page.display());
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    args.push(format!("--window-size={width},{height}"));
    args.push(format!("--user-data-dir={}", profile.path().display()));
    args.push(format!("--log-net-log={}", netlog.display()));
    match screenshot {
        Some(png) => args.push(format!("--screenshot={}", png.display())),
        None => args.push("--dump-dom".to_owned()),
    }
    args.push(url);
    // A browser that hangs must not hang the test suite.
    let mut cmd = if Path::new("/usr/bin/timeout").is_file() {
        let mut c = Command::new("/usr/bin/timeout");
        c.arg("120").arg(browser);
        c
    } else {
        Command::new(browser)
    };
    let out = cmd.args(&args).output().expect("chromium starts");
    assert!(
        out.status.success(),
        "chromium failed on {}:\n{}",
        page.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Load {
        dom: String::from_utf8_lossy(&out.stdout).into_owned(),
        page_requests: page_requests(&netlog),
    }
}

/// The URLs of requests a page started, from a Chromium NetLog: the browser's own
/// background requests carry the initiator "not an origin"; a page's carry its origin
/// ("null" for a file).
fn page_requests(netlog: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(netlog).expect("chromium wrote its NetLog");
    let log: serde_json::Value = serde_json::from_str(&text).expect("the NetLog is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    log["events"]
        .as_array()
        .expect("NetLog events")
        .iter()
        .filter(|e| e["type"] == start_job)
        .filter(|e| e["params"]["initiator"] != "not an origin")
        .filter_map(|e| e["params"]["url"].as_str().map(str::to_owned))
        .collect()
}

/// Events the page shows: `<article class="event…">` elements without `hidden`.
fn shown(dom: &str) -> (usize, usize) {
    let all: Vec<&str> = dom
        .split("<article class=\"event")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .collect();
    let hidden = all.iter().filter(|tag| tag.contains(" hidden")).count();
    (all.len() - hidden, all.len())
}

#[test]
fn the_html_page_in_a_real_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("DATELINE_REQUIRE_BROWSER").is_none(),
            "DATELINE_REQUIRE_BROWSER is set but no chromium was found"
        );
        eprintln!("browser test skipped: no chromium (install Debian's `chromium` to run it)");
        return;
    };
    let dir = tempdir();
    let page = dir.path().join("story.html");
    let run = dateline(&["run", "tests/fixtures/story", "-o", page.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = dateline(&["run", "tests/fixtures/story", "--format", "json"]);
    let t: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let events = t["events"].as_array().unwrap();
    let with =
        |pred: &dyn Fn(&serde_json::Value) -> bool| events.iter().filter(|e| pred(e)).count();

    // Unfiltered: every event, and the page's own script ran (it writes the count).
    let all = load(&browser, &page, "", None);
    assert_eq!(shown(&all.dom), (events.len(), events.len()));
    assert_contains!(all.dom, format!("Showing {0} of {0} events", events.len()));
    assert!(
        all.page_requests.is_empty(),
        "the page asked for {:?}",
        all.page_requests
    );

    // A filter by outlet hides the events no source of that outlet reported.
    let harbor = with(&|e| {
        e["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["source"] == "Harbor Wire")
    });
    assert!(0 < harbor && harbor < events.len());
    let filtered = load(&browser, &page, "#outlet=Harbor%20Wire", None);
    assert_eq!(shown(&filtered.dom), (harbor, events.len()));
    assert_contains!(
        filtered.dom,
        format!("Showing {harbor} of {} events", events.len())
    );

    // And by kind of claim.
    let quotes = with(&|e| {
        e["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["claim"]["kind"] == "quote")
    });
    let by_kind = load(&browser, &page, "#kind=quote", None);
    assert_eq!(shown(&by_kind.dom).0, quotes);

    // The hostile article's markup is text: no script of it ran, no element of it exists.
    for dom in [&all.dom, &filtered.dom] {
        assert!(
            !dom.contains("data-pwned"),
            "a hostile script or handler ran"
        );
        assert!(
            dom.contains("<title>Timeline</title>"),
            "the title was changed"
        );
        assert!(!dom.contains("<img"), "a hostile element was created");
        assert_contains!(dom, "&lt;img src=x onerror=alert(1)&gt;");
        assert_contains!(dom, "&lt;script&gt;document.title");
    }

    // The check for requests can fail: a page with an image from the network is caught.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><title>control</title><img src=\"http://127.0.0.1:9/probe.png\">",
    )
    .unwrap();
    let probe = load(&browser, &control, "", None);
    assert_eq!(probe.page_requests, ["http://127.0.0.1:9/probe.png"]);

    // Screenshots for people: the story, and the bundled examples (as in docs/).
    let shots = root().join("target").join("browser");
    std::fs::create_dir_all(&shots).unwrap();
    load(&browser, &page, "", Some(&shots.join("story.png")));
    let examples = dir.path().join("examples.html");
    let run = dateline(&[
        "run",
        "docs/examples/articles",
        "-o",
        examples.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The examples' page is long; its shot is tall enough to reach the merged events.
    load_sized(
        &browser,
        &examples,
        "",
        Some(&shots.join("examples.png")),
        (1280, 3600),
    );
    for png in ["story.png", "examples.png"] {
        let bytes = std::fs::read(shots.join(png)).unwrap();
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{png} is no screenshot"
        );
    }
}
