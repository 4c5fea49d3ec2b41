module github.com/adderpy/adder

go 1.26.8

require (
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/sys v0.49.0
	golang.org/x/term v0.47.0
	golang.org/x/text v0.43.0
)

require github.com/klauspost/cpuid/v2 v2.4.2
