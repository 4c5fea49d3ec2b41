module github.com/adderpy/adder

go 1.26.8
