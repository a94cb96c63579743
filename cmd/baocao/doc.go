package main

// manual is the text of "baocao -h".
const manual = `baocao turns Vietnamese government reports into searchable text and
checked indicator records.

Usage:

	baocao COMMAND [flags] [args]

Commands:

	import [--workers N] [--from ENC] [--format jsonl] [--retry-failed] [--recheck]
	       [--max-size MB] [--timeout D] [--cpuprofile FILE] PATH...
	    import files and folders (recursively): read each format, repair
	    legacy encodings, normalise the text, extract records and checks,
	    store and index them. Unchanged files store nothing new.
	    Exit 0 all imported or unchanged, 3 some files failed, 1 could not run.
	normalize [--from ENC] FILE
	    print the file's text as baocao reads it (UTF-8 NFC); stores nothing.
	extract [--format jsonl] FILE|-
	    print the records and checks of one file (or stdin text); stores nothing.
	docs [--format jsonl]
	    list stored documents.
	records [--format jsonl|csv] [--indicator S] [--province P] [--year Y] [--doc D]
	    list stored indicator records.
	checks [--format jsonl] [--status ok|mismatch|unverifiable] [--kind K] [--doc D]
	    list stored cross-check results.
	search [--format json] [--limit N] [--province P] [--year Y] QUERY
	    full-text search, with or without diacritics; "quoted phrases" work.
	reindex
	    rebuild the full-text index from the record store.
	verify [--repair]
	    compare the index with the store (documents missing, stale, orphaned);
	    exit 3 when they differ; --repair fixes the index.
	compact
	    rewrite the store file without its free pages (no other baocao may
	    have the data folder open).
	refs [--format jsonl] [--doc D] [--key K]
	    the legal documents the stored reports cite (number, issuer, date),
	    which reports cite each, and whether the archive holds it.
	serve [--addr HOST:PORT] [--token T]
	    HTTP API and web UI over the same data folder (read-only without a token).
	gen --n N --seed S --out DIR
	    generate realistic reports with ground truth (truth.jsonl).
	score --corpus DIR
	    score what an import of a generated corpus stored against its truth.
	bench [--sizes 5000,20000] [--update BENCHMARKS.md]
	    measure throughput, memory, search latency and sizes.
	status [--format jsonl]
	    the import ledger: counts by status, failures with their reasons.

Every command takes --data DIR (default ./baocao-data, or $BAOCAO_DATA): the
folder holding the record store (bbolt) and the full-text index (bleve).

The machine-readable interface (commands, JSON fields) is described in
shared/docs/CONTRACT.md and the README.
`
