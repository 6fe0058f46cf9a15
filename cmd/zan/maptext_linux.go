package main

import (
	"os"
	"syscall"
	"unsafe"
)

// mapText maps a regular file read-only into memory, its pages taken from
// the page cache up front (MAP_POPULATE), and returns its bytes as a
// string; ok is false when the file cannot be mapped, and the caller reads
// it instead. A code is a megabyte or more: reading it into fresh memory
// costs a page fault per 4 KiB, more than all the comparing (git maps the
// files it compares too). The mapping is never unmapped: the strings cut
// from it live until the process ends. Should the file shrink meanwhile, a
// read past its new end faults: diffCmd.Run turns that into an error.
func mapText(f *os.File) (text string, ok bool) {
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() || info.Size() == 0 || info.Size() != int64(int(info.Size())) {
		return "", false
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(info.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return "", false
	}
	return unsafe.String(&b[0], len(b)), true
}
