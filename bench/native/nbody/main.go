// Command nbody is the native twin of programs/nbody.py: the same orbit
// integration with the same floating-point operations in the same order, so
// that it prints byte-identical output. Products that feed an addition are
// wrapped in float64() conversions, which the Go specification defines as
// rounding points, so the compiler cannot fuse them into FMA instructions.
//
// Usage: nbody STEPS
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	solarMass   = 4.0 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

func newBody(x, y, z, vx, vy, vz, mass float64) *body {
	return &body{x, y, z, vx * daysPerYear, vy * daysPerYear, vz * daysPerYear, mass * solarMass}
}

func makeSystem() []*body {
	return []*body{
		newBody(0, 0, 0, 0, 0, 0, 1),
		newBody(4.84143144246472090e+00, -1.16032004402742839e+00,
			-1.03622044471123109e-01, 1.66007664274403694e-03,
			7.69901118419740425e-03, -6.90460016972063023e-05,
			9.54791938424326609e-04),
		newBody(8.34336671824457987e+00, 4.12479856412430479e+00,
			-4.03523417114321381e-01, -2.76742510726862411e-03,
			4.99852801234917238e-03, 2.30417297573763929e-05,
			2.85885980666130812e-04),
		newBody(1.28943695621391310e+01, -1.51111514016986312e+01,
			-2.23307578892655734e-01, 2.96460137564761618e-03,
			2.37847173959480950e-03, -2.96589568540237556e-05,
			4.36624404335156298e-05),
		newBody(1.53796971148509165e+01, -2.59193146099879641e+01,
			1.79258772950371181e-01, 2.68067772490389322e-03,
			1.62824170038242295e-03, -9.51592254519715870e-05,
			5.15138902046611451e-05),
	}
}

func offsetMomentum(bodies []*body) {
	var px, py, pz float64
	for _, b := range bodies {
		px += float64(b.vx * b.mass)
		py += float64(b.vy * b.mass)
		pz += float64(b.vz * b.mass)
	}
	sun := bodies[0]
	sun.vx = -px / solarMass
	sun.vy = -py / solarMass
	sun.vz = -pz / solarMass
}

// squaredDistance rounds every product before adding, as Python does.
func squaredDistance(dx, dy, dz float64) float64 {
	return float64(dx*dx) + float64(dy*dy) + float64(dz*dz)
}

func energy(bodies []*body) float64 {
	e := 0.0
	for i, a := range bodies {
		e += float64(0.5*a.mass) * squaredDistance(a.vx, a.vy, a.vz)
		for _, b := range bodies[i+1:] {
			d := math.Sqrt(squaredDistance(a.x-b.x, a.y-b.y, a.z-b.z))
			e -= float64(a.mass*b.mass) / d
		}
	}
	return e
}

func advance(bodies []*body, dt float64, steps int) {
	type pair struct{ a, b *body }
	var pairs []pair
	for i, a := range bodies {
		for _, b := range bodies[i+1:] {
			pairs = append(pairs, pair{a, b})
		}
	}
	for range steps {
		for _, p := range pairs {
			a, b := p.a, p.b
			dx := a.x - b.x
			dy := a.y - b.y
			dz := a.z - b.z
			d2 := squaredDistance(dx, dy, dz)
			mag := dt / float64(d2*math.Sqrt(d2))
			bm := b.mass * mag
			am := a.mass * mag
			a.vx -= float64(dx * bm)
			a.vy -= float64(dy * bm)
			a.vz -= float64(dz * bm)
			b.vx += float64(dx * am)
			b.vy += float64(dy * am)
			b.vz += float64(dz * am)
		}
		for _, b := range bodies {
			b.x += float64(dt * b.vx)
			b.y += float64(dt * b.vy)
			b.z += float64(dt * b.vz)
		}
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: nbody STEPS")
		os.Exit(2)
	}
	steps, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbody:", err)
		os.Exit(2)
	}
	bodies := makeSystem()
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	advance(bodies, 0.01, steps)
	fmt.Printf("%.9f\n", energy(bodies))
}
