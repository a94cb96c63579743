package ppt

import "path/filepath"

// corpus is the shared legacy corpus, read at test time when present.
var corpus = filepath.Join("..", "..", "..", "shared", "corpus", "legacy")

// ext is the extension of the corpus files this package reads.
const ext = ".ppt"
