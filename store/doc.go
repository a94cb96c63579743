// Package store is baocao's record store: the documents it imported, their
// text, the indicator records and cross-checks extracted from them, which
// path holds which document, and a ledger of every import attempt. It is the
// only package that imports go.etcd.io/bbolt; the full-text index (package
// index) is rebuilt from it by `baocao reindex`.
//
// A Store is safe for concurrent use, but bbolt allows one writer at a time:
// the import pipeline collects work in a Batch on its single sink goroutine
// and commits many documents per transaction (a fsynced transaction per
// record is some fifty times slower: BenchmarkRecordPerTx). Its workers
// encode each document first (Prepare: text compressed, metadata, records
// and checks encoded), so the commit on the sink only writes the values:
// BenchmarkCommit's commit-µs/doc with prepared=true. A second process
// opening the same file gets an error wrapping ErrLocked after
// Options.Timeout instead of waiting forever.
//
// bbolt reads through a memory map, and every page a transaction touches
// stays in the process's resident set: on Linux, Open and each Commit hand
// those pages back (madvise DONTNEED; they stay in the page cache), so the
// importer's RSS does not grow with the size of the store.
//
// # On-disk layout
//
// One bbolt file (by convention DATA/baocao.db, outside the index folder)
// holds these top-level buckets. "‖" is concatenation, "0x00" a single zero
// byte (document ids and paths never contain one), u32/u64 big-endian
// integers so keys sort numerically.
//
//	meta
//	    "schema"   → decimal schema version ("3"). Opening a file with a
//	                 larger version fails with ErrSchema; a smaller one is
//	                 migrated in place by the migrations table (schema.go).
//	    "created"  → RFC 3339 time the file was created.
//	    "indexed"  → decimal document count of the full-text index when a
//	                 writer last found it in step with the store
//	                 (MarkIndexed); every other write transaction deletes it.
//
//	docs
//	    doc id     → codec byte ‖ payload as in texts (below) of the JSON of
//	                 baocao.Document (its JSON field names, Text excluded)
//	                 plus "text_sha256": the hex key of its text in the texts
//	                 bucket ("" when the document has no text). A value that
//	                 starts with "{" is the bare JSON.
//
//	hashes
//	    sha256 of the source bytes (Document.Hash, hex) → doc id.
//
//	paths
//	    path       → doc id. Every path a document was imported from: its File
//	                 and each entry of its Paths. A path points to exactly one
//	                 document; importing other content at the same path
//	                 replaces what was there.
//
//	texts
//	    sha256(text) (32 raw bytes) → codec byte ‖ payload. Codec 0: payload is
//	                 the UTF-8 text; codec 1: payload is the text compressed
//	                 with compress/flate (kept only when it saves at least an
//	                 eighth; what schema 2 and early schema 3 files hold);
//	                 codec 2: an S2 block (snappy.go, text.go), which schema
//	                 3 writes. Two documents with the same text share one
//	                 entry.
//
//	textrefs
//	    sha256(text) (32 raw bytes) ‖ doc id → empty. Who uses a text; the
//	                 text is deleted with its last reference.
//
//	records
//	    doc id     → the document's records, in the order the extractor
//	                 produced them: codec byte ‖ uvarint count ‖ frames.
//	                 Codec 2 (schema 3): the frames as one S2 block (kept
//	                 when it saves at least an eighth); codec 1 (schema 2):
//	                 deflated; codec 0: raw. A frame
//	                 is uvarint flags ‖ uvarint length ‖ JSON of
//	                 baocao.Record, with Doc and File left empty when they are
//	                 the document's id and File, and Text left empty when it is
//	                 the document's text[Start:End] (flags bit 0): readers
//	                 fill them back from the docs and texts buckets. A document
//	                 without records has no key.
//
//	checks
//	    doc id     → the document's checks (baocao.Check), same encoding.
//
//	ledger
//	    path ‖ 0x00 ‖ u64 sequence → JSON of LedgerEntry, its path left out
//	                 (it is the key's). One entry per import attempt, oldest
//	                 first within a path, except that an attempt with the same
//	                 outcome as the newest entry (same size, mtime, hash,
//	                 status, reason, reader and doc) only replaces it, so
//	                 re-runs over an unchanged archive do not grow the file;
//	                 only the newest 8 (ledgerKeep) entries per path are kept.
//
// Pages of paths and ledger are written 95% full (bbolt's default is half:
// right for the buckets keyed by hash, whose keys come in random order), and
// the file grows in 4 MB steps past its last page: Stats.Buckets shows where the space goes.
//
// Schema 1 stored one JSON value per record and check under
// doc id ‖ 0x00 ‖ u32 sequence, repeating the file and evidence on every row;
// opening such a file read-write converts it (migrate.go) and then compacts
// it (a 90 MB schema 1 file of 2.000 reports became 17 MB, in 5 s).
//
// bbolt never shrinks its file: pages freed by Delete, by replacing a
// document or by a migration are reused by later writes only. Compact
// rewrites the file without them; Stats.FreeBytes says how much it would
// give back.
//
// A lock file sits beside the database (PATH.pid) holding the pid of the
// process that has it open for writing, so the locked error can name it. It is
// advisory only: bbolt's flock is the real lock.
package store
