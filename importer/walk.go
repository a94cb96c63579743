package importer

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// task is one file to import.
type task struct {
	path string // as found on disk
	file string // as reported: the path as given, or the folder joined with the path inside it
	size int64
	err  error // set when the file cannot even be listed (permission, vanished)
}

// walk sends every regular file under paths to out, in a stable order
// (folders sorted by name), and closes out. Symlinks to files are followed;
// symlinks to folders are not, so a link loop cannot trap the walk.
func walk(ctx context.Context, paths []string, out chan<- task) error {
	defer close(out)
	send := func(t task) error {
		select {
		case out <- t:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			if err := send(task{path: root, file: root, err: fmt.Errorf("stat: %w", err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := send(task{path: root, file: root, size: info.Size()}); err != nil {
				return err
			}
			continue
		}
		var files []task
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, task{path: p, file: p, err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			info, err := os.Stat(p) // follows a symlink to a file
			switch {
			case err != nil:
				files = append(files, task{path: p, file: p, err: err})
			case info.Mode().IsRegular():
				files = append(files, task{path: p, file: p, size: info.Size()})
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
		for _, t := range files {
			if err := send(t); err != nil {
				return err
			}
		}
	}
	return nil
}
