//! The cost of one search on a real index, as the `/search` page asks it.
//!
//! ```sh
//! cargo run --release -p bottega-search --example query_cost -- <index folder> [runs] [only]
//! ```
//!
//! `<index folder>` is a search index written by Bottega (the folder holding `v1`, or `v1`
//! itself), for example the one `bottega generate --size m` writes under
//! `/var/tmp/bottega-bench/sqlite-m/pristine/`. It is only read: the example copies it to a
//! temporary folder and opens the copy, since opening an index takes its writer lock.
//!
//! Every query is run `runs` times (default 2,000) after a warm-up of a tenth of that, on one
//! thread, with the result cache off, and its microseconds per search are printed (mean,
//! median, p99); then `runs` times more answered by the result cache (mean). `only` keeps the
//! queries it names (comma-separated; handy under `perf record`). With `QUERY_COST_DUMP=1` set,
//! it prints what each query returns instead (hits, scores, snippets, facet counts), to compare
//! two versions of the crate.
//!
//! The queries mirror the `/search` page of `bottega-web` (`features/search`): an anonymous
//! reader, best match first, the first page of 20, the six facet fields of the page counted,
//! and the benchmark's words (`bench/run`): a common word, a rare word, a stemmed form of which
//! only another form occurs, and the common and the stemmed word with the facet
//! `language = it`; then a typo of the common word and two words.

use std::path::{Path, PathBuf};
use std::time::Instant;

use bottega_search::{audience, facet_fields, SearchIndex, SearchQuery, Sort, SCHEMA_VERSION};

fn page_query(text: &str, filters: &[(&str, &str)]) -> SearchQuery {
    let mut query = SearchQuery::new(text, audience::reader(false, &[], &[]))
        .sort(Sort::Relevance)
        .page(1, 20);
    for field in facet_fields::EVERYWHERE {
        query = query.count_facet(*field);
    }
    for (field, value) in filters {
        query = query.filter(*field, *value);
    }
    query
}

fn queries() -> Vec<(&'static str, SearchQuery)> {
    let it = [(facet_fields::LANGUAGE, "it")];
    vec![
        ("common", page_query("erasmus", &[])),
        ("rare", page_query("kintsugi", &[])),
        ("stemmed", page_query("formazioni", &[])),
        ("common+it", page_query("erasmus", &it)),
        ("stemmed+it", page_query("formazioni", &it)),
        ("typo", page_query("erasmsu", &[])),
        ("two-words", page_query("erasmus formazione", &[])),
    ]
}

/// Copies the files of `from` into `to` (an index folder is flat).
fn copy_flat(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(source) = args.next().map(PathBuf::from) else {
        eprintln!("usage: query_cost <index folder> [runs] [only]");
        std::process::exit(2);
    };
    let runs: usize = match args.next() {
        Some(runs) => runs.parse()?,
        None => 2_000,
    };
    let only = args.next().unwrap_or_default();

    let version = format!("v{SCHEMA_VERSION}");
    let files = if source.join(&version).is_dir() {
        source.join(&version)
    } else if source.join("meta.json").is_file() {
        source.clone()
    } else {
        return Err(format!("no search index in {}", source.display()).into());
    };
    let copy = tempfile::tempdir()?;
    copy_flat(&files, &copy.path().join(&version))?;
    let opening = Instant::now();
    let index = SearchIndex::open(copy.path())?;
    let opened = opening.elapsed();
    if std::env::var_os("QUERY_COST_DUMP").is_some() {
        // What each query returns, to compare two versions of the crate.
        for (name, query) in queries() {
            let results = index.search(&query)?;
            println!("== {name}: {} hits", results.total);
            for hit in &results.hits {
                println!(
                    "{} {} {:.4} {:?} {}",
                    hit.kind, hit.id, hit.score, hit.title, hit.snippet_html
                );
            }
            for (field, values) in &results.facets {
                println!("{field}: {values:?}");
            }
        }
        return Ok(());
    }

    // What a search costs, not what remembering it saves: the cache is measured apart.
    index.set_result_cache(0);
    println!(
        "{} documents, opened (caches filled) in {} ms, {runs} runs per query (µs per search)",
        index.doc_count(),
        opened.as_millis()
    );
    println!(
        "{:<12} {:>8} {:>9} {:>9} {:>9} {:>9}",
        "query", "hits", "mean", "p50", "p99", "cached"
    );

    for (name, query) in queries() {
        if !only.is_empty() && !only.split(',').any(|o| o == name) {
            continue;
        }
        let mut total = 0;
        for _ in 0..(runs / 10).max(1) {
            total = index.search(&query)?.total;
        }
        let mut micros = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            let results = index.search(&query)?;
            micros.push(started.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(results);
        }
        micros.sort_by(f64::total_cmp);
        let mean = micros.iter().sum::<f64>() / micros.len().max(1) as f64;
        let at = |q: f64| {
            micros
                .get(((micros.len() as f64 * q) as usize).min(micros.len().saturating_sub(1)))
                .copied()
                .unwrap_or_default()
        };
        // The same search again and again, answered by the result cache.
        index.set_result_cache(bottega_search::RESULT_CACHE_ENTRIES);
        index.search(&query)?;
        let started = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(index.search(&query)?);
        }
        let cached = started.elapsed().as_secs_f64() * 1e6 / runs.max(1) as f64;
        index.set_result_cache(0);
        println!(
            "{name:<12} {total:>8} {mean:>9.1} {:>9.1} {:>9.1} {cached:>9.1}",
            at(0.5),
            at(0.99)
        );
    }
    Ok(())
}
