#!/usr/bin/env python3
"""Writes the generated part of BENCHMARKS.md from the newest full run of each engine and data
set in bench/results/: the targets of the issue, met or missed, and the measured tables.

bench/run calls it after a full run; run it by hand (`bench/report.py`) after editing it.
Everything outside the markers in BENCHMARKS.md is written by hand and left alone.
"""

import json
import sys
from pathlib import Path

BEGIN = "<!-- bench:generated:begin (bench/report.py writes this part; edit the script) -->"
END = "<!-- bench:generated:end -->"
LEVEL = "64"


def newest_runs(results_dir):
    """The newest full run (not smoke, not `--only` some cases) of each (engine, size)."""
    runs = {}
    for path in sorted(Path(results_dir).glob("*.json")):
        try:
            r = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        # Other files (bench/instructions' counts) are not load runs.
        if r.get("smoke") or r.get("only") or "engine" not in r or "cases" not in r:
            continue
        key = (r["engine"], r["size"])
        if key not in runs or r["started_at"] > runs[key]["started_at"]:
            r["_file"] = path.name
            runs[key] = r
    return runs


def level(case, lvl=LEVEL):
    return case.get("levels", {}).get(lvl)


def find(run, name, mode=None):
    return [
        c for c in run.get("cases", [])
        if c["name"] == name and (mode is None or c["mode"] == mode)
    ]


def fmt_ms(x):
    if x is None:
        return "–"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def fmt_int(x):
    return "–" if x is None else f"{x:,.0f}"


def mb(kb):
    return "–" if not kb else f"{kb / 1024:.0f} MB"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def worst(run, names, field):
    """The worst (largest) p-latency, and lowest share of the ceiling, over both modes."""
    p, share, where = None, None, ""
    for name in names:
        for c in find(run, name):
            m = level(c)
            if not m:
                continue
            v = m["latency_ms"][field]
            if p is None or v > p:
                p, where = v, f"{c['name']}/{c['mode']}"
            s = m.get("ratio_to_ceiling", {}).get("rps")
            if s is not None and (share is None or s < share):
                share = s
    return p, share, where


def target_rows(run):
    """(target, measured, verdict) for one engine's M run."""
    rows = []
    for name, label in (
        ("community", "thread list"),
        ("home", "home page"),
        ("resource", "resource page"),
        ("profile", "profile page"),
    ):
        p99, share, _ = worst(run, [name], "p99")
        if p99 is None:
            rows.append((f"{label}: p99 < 20 ms, ≥ 10% of ceiling req/s", "not measured", "–"))
            continue
        ok = p99 < 20 and share is not None and share >= 0.10
        rows.append((
            f"{label}: p99 < 20 ms, ≥ 10% of ceiling req/s",
            f"p99 {fmt_ms(p99)} ms, {share * 100:.1f}% of ceiling",
            verdict(ok),
        ))
    for name, label in (("thread200", "first page"), ("thread200_last", "last page")):
        p99, _, _ = worst(run, [name], "p99")
        if p99 is not None:
            rows.append((f"thread with 200 replies ({label}): p99 < 50 ms",
                         f"p99 {fmt_ms(p99)} ms", verdict(p99 < 50)))
    for name in ("search_common", "search_rare", "search_stemmed", "search_common_facet",
                 "search_stemmed_facet"):
        p99, _, _ = worst(run, [name], "p99")
        if p99 is not None:
            label = find(run, name)[0]["label"]
            rows.append((f"{label}: p99 < 30 ms (M)", f"p99 {fmt_ms(p99)} ms",
                         verdict(p99 < 30)))
    p99, _, _ = worst(run, ["reply"], "p99")
    if p99 is not None:
        rows.append(("creating a reply: p99 < 50 ms", f"p99 {fmt_ms(p99)} ms",
                     verdict(p99 < 50)))
    starts = run.get("cold_start", {}).get("bottega", [])
    if starts:
        home = max(s["home_ms"] for s in starts)
        rows.append((
            "cold start < 1 s (spawn until the home page answers)",
            f"{home:.0f} ms (worst of {len(starts)}; /healthz after "
            f"{max(s['healthz_ms'] for s in starts):.0f} ms)",
            verdict(home < 1000),
        ))
    rss = [level(c)["rss_kb_under_load"] for c in run.get("cases", []) if level(c)]
    if rss:
        peak = run.get("memory", {}).get("bottega_peak_kb")
        # Memory is never given back once a case took it, so the cases before signing in
        # (every read) are shown apart from the whole run.
        reads = [level(c)["rss_kb_under_load"] for c in run.get("cases", [])
                 if level(c) and c["kind"] == "read"]
        rows.append((
            f"resident memory < 200 MB under load ({LEVEL} connections)",
            f"{mb(max(rss))} over all cases; {mb(max(reads) if reads else 0)} while only "
            f"reading (peak of the whole run at every level: {mb(peak)})",
            verdict(max(rss) < 200 * 1024),
        ))
    return rows


def pg_rows(sqlite, pg):
    """PostgreSQL within 2× of SQLite, case by case at the target level."""
    within, outside = 0, []
    for c in sqlite.get("cases", []):
        a = level(c)
        other = [x for x in find(pg, c["name"], c["mode"])]
        b = level(other[0]) if other else None
        if not a or not b:
            continue
        slower = [
            ("req/s", a["rps"] / b["rps"] if b["rps"] else float("inf")),
            ("p50", b["latency_ms"]["p50"] / a["latency_ms"]["p50"]),
            ("p99", b["latency_ms"]["p99"] / a["latency_ms"]["p99"]),
        ]
        bad = [(k, v) for k, v in slower if v > 2]
        if bad:
            outside.append(f"{c['name']}/{c['mode']} (" + ", ".join(
                f"{k} {v:.1f}×" for k, v in bad) + ")")
        else:
            within += 1
    total = within + len(outside)
    target = "PostgreSQL: every figure within 2× of SQLite (req/s, p50, p99 per case)"
    measured = f"{within} of {total} cases within 2×" + (
        "; outside: " + "; ".join(outside) if outside else "")
    # Runs made when the machine was faster or slower do not compare: the same code's figures
    # move with the hour as much as between the engines.
    ceilings = [ceiling_rps(run) for run in (sqlite, pg)]
    if all(ceilings) and max(ceilings) > 1.15 * min(ceilings):
        return (
            target,
            f"not comparable: the runs' ceilings differ ({ceilings[0]:,.0f} and "
            f"{ceilings[1]:,.0f} req/s at {LEVEL} connections); as measured, {measured}",
            "**not measured**",
        )
    return (target, measured, verdict(not outside and total > 0))


def ceiling_rps(run):
    """The ceiling's req/s at the target level, or 0."""
    return (run.get("ceiling", {}).get(LEVEL) or {}).get("rps", 0)


def case_table(run, lvl):
    head = (
        "| request | as | req/s | % ceiling | p50 ms | p90 ms | p99 ms | max ms | errors "
        "| bytes/resp | CPU ms/req | × ceiling CPU | RSS under load |"
    )
    if run["engine"] == "postgres":
        head += " DB CPU ms/req |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    c0 = run.get("ceiling", {}).get(lvl)
    if c0:
        lines.append(
            f"| *ceiling (axum hello)* | – | {fmt_int(c0['rps'])} | 100% "
            f"| {fmt_ms(c0['latency_ms']['p50'])} | {fmt_ms(c0['latency_ms']['p90'])} "
            f"| {fmt_ms(c0['latency_ms']['p99'])} | {fmt_ms(c0['latency_ms']['max'])} "
            f"| {c0['errors']} | {c0['bytes_per_response']} "
            f"| {c0['cpu_ms_per_request']:.3f} | 1 | {mb(c0['rss_kb_under_load'])} |"
            + (" – |" if run["engine"] == "postgres" else "")
        )
    for c in run.get("cases", []):
        m = level(c, lvl)
        if not m:
            if c.get("problem"):
                lines.append(f"| {c['label']} | {c['mode']} | FAILED: {c['problem'][:80]} |")
            continue
        r = m.get("ratio_to_ceiling", {})
        line = (
            f"| {c['label']} | {c['mode']} | {fmt_int(m['rps'])} "
            f"| {(r.get('rps') or 0) * 100:.1f}% "
            f"| {fmt_ms(m['latency_ms']['p50'])} | {fmt_ms(m['latency_ms']['p90'])} "
            f"| {fmt_ms(m['latency_ms']['p99'])} | {fmt_ms(m['latency_ms']['max'])} "
            f"| {m['errors']} | {fmt_int(m['bytes_per_response'])} "
            f"| {m['cpu_ms_per_request']:.3f} | {r.get('cpu_ms_per_request') or 0:.0f} "
            f"| {mb(m['rss_kb_under_load'])} |"
        )
        if run["engine"] == "postgres":
            db = m.get("db_cpu_ms_per_request")
            line += f" {db:.3f} |" if db is not None else " – |"
        lines.append(line)
    return lines


def run_header(run):
    m = run["machine"]
    ds = run.get("dataset", {})
    lines = [
        f"`bench/results/{run['_file']}`: {run['started_at']}, commit {run['commit']}"
        + (" (with uncommitted changes)" if run.get("tree_dirty") else "")
        + f", {run['profile']} build, {run['seconds_per_test']} s per test.",
        "",
        f"Machine: {m['nproc']} × {m['cpu_model']}, {m['memory_mb']:,} MB, Linux "
        f"{m['kernel']}, loadavg at start {' / '.join(str(x) for x in m['loadavg_at_start'])}"
        + (f", PostgreSQL {m['postgres']}" if m.get("postgres") else "")
        + f"; {m['wrk']}.",
    ]
    if ds:
        lines += [
            "",
            f"Data set {run['size'].upper()}: generated in {ds.get('seconds', '?')} s "
            f"({ds.get('profile', '?')} build), database {mb(ds.get('database_bytes', 0) / 1024)}, "
            f"search index {mb(ds.get('search_index_bytes', 0) / 1024)}, files "
            f"{mb(ds.get('files_bytes', 0) / 1024)}.",
        ]
    mem = run.get("memory", {})
    lines += [
        "",
        f"Memory: idle {mb(mem.get('bottega_idle_kb'))} after start, "
        f"{mb(mem.get('bottega_idle_after_kb'))} after the load; peak (VmHWM) "
        f"{mb(mem.get('bottega_peak_kb'))}. Ceiling: idle {mb(mem.get('ceiling_idle_kb'))}, "
        f"peak {mb(mem.get('ceiling_peak_kb'))}.",
    ]
    starts = run.get("cold_start", {}).get("bottega", [])
    if starts:
        lines += [
            "",
            "Cold start (spawn until it answers): "
            + ", ".join(f"/healthz {s['healthz_ms']:.0f} ms, home {s['home_ms']:.0f} ms"
                        for s in starts)
            + f"; ceiling /healthz {run['cold_start'].get('ceiling', {}).get('healthz_ms', 0):.0f} ms.",
        ]
    for note in run.get("notes", []):
        lines += ["", f"Note: {note}"]
    if run.get("failures"):
        lines += ["", "**This run had failures:** " + "; ".join(run["failures"][:10])]
    loads = [
        max(level(c, lvl)["loadavg_before"][0] for c in run.get("cases", []) if level(c, lvl))
        for lvl in [str(x) for x in run["connections"]]
        if any(level(c, lvl) for c in run.get("cases", []))
    ]
    if loads:
        lines += ["", f"Highest 1-minute loadavg before a test: {max(loads):.2f} (the load "
                      f"generator and the server share the machine, so it rises with the load "
                      f"itself)."]
    return lines


def generated(runs):
    out = [BEGIN, ""]
    m_runs = {eng: r for (eng, size), r in runs.items() if size == "m"}
    out += ["## Targets (data set M, 64 connections)", ""]
    if not m_runs:
        out += ["No full run on data set M yet.", ""]
    for eng in ("sqlite", "postgres"):
        run = m_runs.get(eng)
        if not run:
            continue
        out += [f"### {'SQLite' if eng == 'sqlite' else 'PostgreSQL'}", "",
                "| target | measured (worst of anonymous and signed in) | |",
                "|---|---|---|"]
        for t, measured, v in target_rows(run):
            out.append(f"| {t} | {measured} | {v} |")
        if eng == "postgres" and "sqlite" in m_runs:
            t, measured, v = pg_rows(m_runs["sqlite"], run)
            out.append(f"| {t} | {measured} | {v} |")
        out.append("")
    l_runs = {eng: r for (eng, size), r in runs.items() if size == "l"}
    if not l_runs:
        out += ["Search on data set L (p99 < 60 ms): **not measured** (no full run on L "
                "yet; see below).", ""]
    else:
        for eng, run in sorted(l_runs.items()):
            for name in ("search_common", "search_rare", "search_stemmed",
                         "search_common_facet", "search_stemmed_facet"):
                p99, _, _ = worst(run, [name], "p99")
                if p99 is not None:
                    out.append(f"- {eng}, L, {name}: p99 {fmt_ms(p99)} ms, "
                               f"{verdict(p99 < 60)} (target < 60 ms)")
        out.append("")

    for (eng, size), run in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        name = "SQLite" if eng == "sqlite" else "PostgreSQL"
        out += [f"## Results: {name}, data set {size.upper()}", ""]
        out += run_header(run)
        out += ["", f"At {LEVEL} connections:", ""]
        out += case_table(run, LEVEL)
        others = [str(x) for x in run["connections"] if str(x) != LEVEL]
        if others:
            out += ["", "<details><summary>Other connection levels</summary>", ""]
            for lvl in others:
                out += [f"At {lvl} connection{'s' if lvl != '1' else ''}:", ""]
                out += case_table(run, lvl)
                out.append("")
            out += ["</details>"]
        out.append("")
    out.append(END)
    return "\n".join(out)


def update_markdown(md_path, results_dir):
    md_path = Path(md_path)
    text = md_path.read_text() if md_path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0:
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
        start, end = text.find(BEGIN), text.find(END)
    body = generated(newest_runs(results_dir))
    md_path.write_text(text[:start] + body + text[end + len(END):])


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    update_markdown(here.parent / "BENCHMARKS.md", here / "results")
    sys.exit(0)
