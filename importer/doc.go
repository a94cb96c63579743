// Package importer is baocao's import pipeline: a walker lists the files
// under the given paths, N workers read, repair, normalise and analyse them
// (Analyze), and one sink goroutine alone writes the record store and fills
// the full-text index's batches, which an indexer goroutine commits while
// the sink fills the next (indexer.go). One bad file becomes a failed Result
// and never stops the run.
//
// Order: the sink handles the workers' outcomes in walk order (a bounded
// reorder window, order.go), so a run's ledger, its progress lines and which
// of two names of the same content becomes the document's file do not
// depend on which worker finished first.
//
// Before reading anything, Run compares the index with the store (Verify)
// unless the store's mark says a previous run left them in step
// (store.MarkIndexed): that comparison reads every stored document and every
// index entry.
//
// Concurrency: the sink is the only goroutine that writes the Store and the
// only one that fills index batches; the indexer goroutine only commits the
// batches the sink hands it, one at a time, in order. Workers only read the
// Store (to skip unchanged content). Every
// channel send selects on ctx.Done(); on cancellation the sink flushes what
// is complete before Run returns.
package importer
