// Package server is baocao's HTTP API and web UI over one data folder: the
// record store (package store) and the full-text index (package index), as
// `baocao serve` opens them. Pages are rendered on the server with
// html/template (every document text, title and fragment escaped) from
// templates and one stylesheet embedded in the binary: no CDN, no script,
// it works offline. The package does not import files itself: POST
// /api/import saves the upload and calls the ImportFunc the command layer
// gives it, which runs the import pipeline.
//
// # API
//
// Every answer is JSON with the contract's field names (shared/docs/CONTRACT.md);
// errors are {"error": "..."} with a 4xx/5xx status.
//
//	GET  /api/search?q=Q&limit=N&offset=N&province=P&year=Y&year_from=Y&year_to=Y&type=T&format=F&encoding=E&indicator=ID&sort=relevance|date
//	     {"total", "hits": [{"doc","file","title","score","fragments"}], "facets":
//	     {"province"|"year"|"type"|"format"|"encoding": [{"value","count"}]}}.
//	     Empty q lists every document (filtered). limit defaults to 20, at most
//	     1000. Fragments are plain text with <mark>…</mark> around matches:
//	     escape them before putting them in HTML.
//	GET  /api/docs
//	     [document, ...], every stored document's fields (no text).
//	GET  /api/docs/{doc}
//	     one document's fields plus "text", "records" and "checks"; 404 when
//	     there is no such id (ids are 1–64 of [A-Za-z0-9_-]).
//	GET  /api/records?indicator=&indicator_id=&province=&year=&doc=&kind=&value_min=&value_max=&percent_min=&percent_max=&offset=&limit=&format=
//	     records (value_*/percent_* bound value and stated percent, ends
//	     included: percent_max=80 is "percent ≤ 80"). indicator matches an indicator id exactly, else names that
//	     contain it without diacritics ("viec lam"); province is compared
//	     without diacritics. format: json (default; an array, limit default
//	     1000, at most 10000), or a download: jsonl, csv (UTF-8 with BOM),
//	     xlsx (at most 200000 rows).
//	GET  /api/checks?status=ok|mismatch|unverifiable&kind=&province=&year=&doc=&offset=&limit=&format=
//	     checks, with the same formats and limits.
//	POST /api/import   (multipart/form-data, one or more file parts)
//	     [{"file","doc","status":"imported|unchanged|failed","reason"}], one per
//	     uploaded file, named as uploaded. Only when serve was started with
//	     --token T (or $BAOCAO_TOKEN) and the request carries
//	     "Authorization: Bearer T": 403 on a read-only server or a wrong token,
//	     401 without one, 413 over the upload limit (256 MiB), 409 while
//	     another import runs. Files are kept under DATA/uploads/<time>-<n>/.
//
// Example: curl -H "Authorization: Bearer $BAOCAO_TOKEN" -F f=@report.docx http://127.0.0.1:8080/api/import
//
// # Web UI
//
//	/ and /search   search with facets, highlighted fragments, counts, paging
//	/doc/{doc}      metadata; the text with extracted figures marked and each
//	                check's evidence underlined (mismatches in red) and linked
//	                to the check beside it; page numbers where the format has
//	                pages; downloads of its records and checks
//	/indicator?indicator=NAME|ID[&province=P][&year=Y]
//	                one indicator across provinces and years: table with stated
//	                and computed percents, SVG bar chart, downloads; without a
//	                name, the most frequent indicators
//	/records?indicator=&province=&year=&kind=
//	                records as a table, each linked to its document and
//	                flagged when a mismatching check covers it; downloads
//	/checks?status=&kind=&province=
//	                checks (mismatches by default) with their evidence, linked
//	                to it in the document page; downloads
//
// Labels are Vietnamese; ?lang=en switches to English and a cookie keeps the
// choice.
//
// # Safety
//
// Read-only unless started with a token. Every response carries a Content
// Security Policy without inline scripts or styles, X-Content-Type-Options:
// nosniff and X-Frame-Options: DENY. Read requests are cut off after
// Config.Timeout (503) and may not carry a body over Config.MaxBody (413).
// Document ids are checked against a pattern and only ever looked up as
// keys; uploaded file names are reduced to one path element and written
// with O_EXCL inside a fresh folder, so no request reads or writes outside
// the data folder.
package server
