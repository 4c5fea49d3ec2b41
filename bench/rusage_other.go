//go:build !unix

// rusage_other.go: systems without rusage report no peak memory.

package main

import "os"

func maxRSSKB(*os.ProcessState) int64 { return 0 }
