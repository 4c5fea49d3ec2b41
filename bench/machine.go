// machine.go: a short description of the machine for the report headers.

package main

import (
	"bufio"
	"os"
	"runtime"
	"strings"
)

func describeMachine() machine {
	return machine{CPU: cpuModel(), Cores: runtime.NumCPU(), OS: osName()}
}

// cpuModel reads the model name from /proc/cpuinfo where there is one.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return runtime.GOARCH
}

// osName is the distribution's PRETTY_NAME where known, with GOOS/GOARCH.
func osName() string {
	platform := runtime.GOOS + "/" + runtime.GOARCH
	data, err := os.ReadFile("/etc/os-release")
	if err != nil {
		return platform
	}
	for _, line := range strings.Split(string(data), "\n") {
		if value, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
			return strings.Trim(value, `"`) + " (" + platform + ")"
		}
	}
	return platform
}
