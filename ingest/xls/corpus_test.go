package xls

import "path/filepath"

// corpus is the shared legacy corpus, read at test time when present.
var corpus = filepath.Join("..", "..", "..", "shared", "corpus", "legacy")
