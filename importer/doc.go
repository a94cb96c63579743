// Package importer is baocao's import pipeline: a walker lists the files
// under the given paths, N workers read, repair, normalise and analyse them
// (Analyze), and one sink goroutine alone writes the record store and the
// full-text index, in batches. One bad file becomes a failed Result and never
// stops the run.
//
// Concurrency: the sink is the only goroutine that writes the Store or the
// Index; workers only read the Store (to skip unchanged content). Every
// channel send selects on ctx.Done(); on cancellation the sink flushes what
// is complete before Run returns.
package importer
