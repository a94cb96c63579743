package importer

// MemoryLimit and GCPercent are the garbage collector settings an import
// runs under (cmd/baocao sets them unless GOMEMLIMIT or GOGC say
// otherwise); bench measures extraction under them too, as it runs in an
// import. The live heap of an import stays near 15-45 MB whatever the
// archive's size, so at GOGC=100 the collector ran some 650 times on 5.000
// reports; GOGC=400 under a soft limit of 128 MiB took 13% less CPU than
// GOGC=100 under 64 MiB (5.000 mixed reports, 2 workers), for a peak RSS of
// some 160 MB instead of 92 MB at 5.000 reports (178 MB instead of 101 MB
// at 20.000, once the index's mapped pages are released: cmd/baocao's releasePagesEvery).
// Since index commits overlap with reading (importer's indexer), a batch
// being analysed and the next one being read are alive together: under
// 128 MiB the collector ran 162-166 times on 5.000 reports, under 192 MiB 61
// times, for 6 s less CPU (35.3-36.6 s of user time against 29.3) and a
// peak RSS of 226-230 MB instead of 162 MB; under 256 MiB the import took
// 19.7 and 20.7 s against 22.0 and 21.9 s under 192 MiB (runs alternated,
// quiet machine), for a peak RSS of 290 MB: still well under the 500 MB
// the import is held to, and a user short of memory sets GOMEMLIMIT.
// A soft limit: a file whose analysis needs more still gets it.
const (
	MemoryLimit = 256 << 20
	GCPercent   = 400
)
