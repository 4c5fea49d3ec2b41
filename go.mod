module github.com/adderpy/adder

go 1.26.8

require (
	golang.org/x/sys v0.49.0
	golang.org/x/text v0.43.0
)
