package index

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dropSegmentPages advises the kernel that the process no longer needs the
// pages of its mappings of the files in paths (/proc/self/maps tells where
// they are mapped). The mappings are read-only and shared, so no data is
// lost: MADV_DONTNEED only unmaps the pages from this process.
func dropSegmentPages(paths map[string]bool) {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		start, end, path, ok := parseMapsLine(sc.Bytes())
		if !ok || !paths[path] || end <= start {
			continue
		}
		// the range is not Go memory: pass it to the system call as the
		// numbers it is
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_DONTNEED)
	}
}

// parseMapsLine reads the address range and the path of one line of
// /proc/self/maps: "7f..-7f.. r--s 00000000 08:01 1234   /path/to/file".
func parseMapsLine(line []byte) (start, end uintptr, path string, ok bool) {
	fields := bytes.Fields(line)
	if len(fields) < 6 {
		return 0, 0, "", false
	}
	lo, hi, found := bytes.Cut(fields[0], []byte("-"))
	if !found {
		return 0, 0, "", false
	}
	s, err1 := strconv.ParseUint(string(lo), 16, 64)
	e, err2 := strconv.ParseUint(string(hi), 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, "", false
	}
	// a path with spaces is split by Fields: join what follows the inode
	p := string(bytes.Join(fields[5:], []byte(" ")))
	return uintptr(s), uintptr(e), p, true
}
