//go:build !linux

package index

// dropSegmentPages does nothing where /proc/self/maps does not tell the
// mappings.
func dropSegmentPages(map[string]bool) {}
