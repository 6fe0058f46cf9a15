//go:build !linux

package main

import "os"

// mapText maps files into memory on Linux only; elsewhere they are read.
func mapText(*os.File) (string, bool) { return "", false }
