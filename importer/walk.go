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
	seq  int    // position in walk order
	path string // as found on disk
	file string // as reported: the path as given, or the folder joined with the path inside it
	size int64
	err  error // set when the file cannot even be listed (permission, vanished)
}

// feed sends tasks to out, numbered in walk order, and closes it. It takes
// a slot of window for each task, which the sink gives back once the task's
// outcome is handled: the sink handles outcomes in walk order, and the
// window bounds how many finished ones can wait for a slow file before it.
func feed(ctx context.Context, tasks []task, window chan struct{}, out chan<- task) error {
	defer close(out)
	for i, t := range tasks {
		t.seq = i
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case out <- t:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// walk lists every regular file under paths, in a stable order (folders
// sorted by name), so the total is known before the first file is read.
// Symlinks to files are followed; symlinks to folders are not, so a link
// loop cannot trap the walk. A task is a few dozen bytes: a 100.000-file
// archive lists in a few MB.
func walk(ctx context.Context, paths []string) ([]task, error) {
	var out []task
	send := func(t task) error {
		out = append(out, t)
		return ctx.Err()
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			if err := send(task{path: root, file: root, err: fmt.Errorf("stat: %w", err)}); err != nil {
				return out, err
			}
			continue
		}
		if !info.IsDir() {
			if err := send(task{path: root, file: root, size: info.Size()}); err != nil {
				return out, err
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
			return out, err
		}
		sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
		for _, t := range files {
			if err := send(t); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}
