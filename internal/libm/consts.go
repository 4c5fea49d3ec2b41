// consts.go: double-double constants shared by several functions.
// TestConstants checks every one against the slow path.

package libm

const (
	inv3H  = 0x1.5555555555555p-2 // 1/3
	inv3L  = 0x1.5555555555555p-56
	inv5H  = 0x1.999999999999ap-3 // 1/5
	inv5L  = -0x1.999999999999ap-57
	inv6H  = 0x1.5555555555555p-3 // 1/6
	inv6L  = 0x1.5555555555555p-57
	inv24H = 0x1.5555555555555p-5 // 1/24
	inv24L = 0x1.5555555555555p-59

	ln2H     = 0x1.62e42fefa39efp-1 // ln 2
	ln2L     = 0x1.abc9e3b39803fp-56
	invLn2H  = 0x1.71547652b82fep+0 // 1/ln 2
	invLn2L  = 0x1.777d0ffda0d24p-56
	invLn10H = 0x1.bcb7b1526e50ep-2 // 1/ln 10
	invLn10L = 0x1.95355baaafad3p-57
	piH      = 0x1.921fb54442d18p+1 // pi
	piL      = 0x1.1a62633145c07p-53
	halfPiH  = 0x1.921fb54442d18p+0 // pi/2
	halfPiL  = 0x1.1a62633145c07p-54
)
