// variates.go: the real-valued distributions of random.py.

package mt19937

import "math"

// Uniform is uniform(a, b).
func (r *Random) Uniform(a, b float64) float64 {
	return a + float64((b-a)*r.Random())
}

// Triangular is triangular(low, high, mode); hasMode false stands for
// mode=None.
func (r *Random) Triangular(low, high, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high-low == 0 {
			return low // random.py catches the ZeroDivisionError
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + float64((high-low)*math.Sqrt(u*c))
}

// NormalVariate is normalvariate(mu, sigma) (Kinderman and Monahan).
func (r *Random) NormalVariate(mu, sigma float64, mf Math) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -mf.Log(u2) { // 0 < u2 <= 1: no domain error
			break
		}
	}
	return mu + float64(z*sigma)
}

// Gauss is gauss(mu, sigma): values come in pairs, the second kept for the
// next call.
func (r *Random) Gauss(mu, sigma float64, mf Math) float64 {
	z := r.gaussNext
	had := r.hasGaussNext
	r.hasGaussNext = false
	if !had {
		x2pi := r.Random() * twoPi
		g2rad := math.Sqrt(-2.0 * mf.Log(1.0-r.Random()))
		z = mf.Cos(x2pi) * g2rad
		r.gaussNext = mf.Sin(x2pi) * g2rad
		r.hasGaussNext = true
	}
	return mu + float64(z*sigma)
}

// LogNormVariate is lognormvariate(mu, sigma).
func (r *Random) LogNormVariate(mu, sigma float64, mf Math) (float64, error) {
	return pyExp(mf, r.NormalVariate(mu, sigma, mf))
}

// ExpoVariate is expovariate(lambd).
func (r *Random) ExpoVariate(lambd float64, mf Math) (float64, error) {
	return pyDiv(-mf.Log(1.0-r.Random()), lambd)
}

// VonMisesVariate is vonmisesvariate(mu, kappa).
func (r *Random) VonMisesVariate(mu, kappa float64, mf Math) (float64, error) {
	if kappa <= 1e-6 {
		return twoPi * r.Random(), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	for {
		u1 := r.Random()
		z = mf.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-float64(d*d) {
			break
		}
		e := mf.Exp(d) // |d| <= 1: no range error
		if u2 <= (1.0-d)*e {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + float64(q*z))
	u3 := r.Random()
	a, err := pyAcos(mf, f)
	if err != nil {
		return 0, err
	}
	if u3 > 0.5 {
		return pyMod(mu+a, twoPi), nil
	}
	return pyMod(mu-a, twoPi), nil
}

// GammaVariate is gammavariate(alpha, beta).
func (r *Random) GammaVariate(alpha, beta float64, mf Math) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, &Error{ValueError, "gammavariate: alpha and beta must be > 0.0"}
	}
	switch {
	case alpha > 1.0:
		// Cheng's algorithm GB.
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := mf.Log(u1/(1.0-u1)) / ainv
			x, err := pyExp(mf, v)
			if err != nil {
				return 0, err
			}
			x *= alpha
			z := u1 * u1 * u2
			rr := bbb + float64(ccc*v) - x
			if rr+sgMagicConst-float64(4.5*z) >= 0.0 {
				return x * beta, nil
			}
			lz, err := pyLog(mf, z)
			if err != nil {
				return 0, err
			}
			if rr >= lz {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -mf.Log(1.0-r.Random()) * beta, nil
	}
	// 0 < alpha < 1: algorithm GS of Kennedy and Gentle. A NaN alpha also
	// lands here and loops forever, as it does in CPython.
	var x float64
	for {
		u := r.Random()
		b := (math.E + alpha) / math.E
		p := b * u
		var err error
		if p <= 1.0 {
			x, err = pyPow(mf, p, 1.0/alpha)
		} else {
			x, err = pyLog(mf, (b-p)/alpha)
			x = -x
		}
		if err != nil {
			return 0, err
		}
		u1 := r.Random()
		if p > 1.0 {
			t, err := pyPow(mf, x, alpha-1.0)
			if err != nil {
				return 0, err
			}
			if u1 <= t {
				break
			}
		} else {
			t, err := pyExp(mf, -x)
			if err != nil {
				return 0, err
			}
			if u1 <= t {
				break
			}
		}
	}
	return x * beta, nil
}

// BetaVariate is betavariate(alpha, beta).
func (r *Random) BetaVariate(alpha, beta float64, mf Math) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0, mf)
	if err != nil || y == 0 {
		return 0, err
	}
	y2, err := r.GammaVariate(beta, 1.0, mf)
	if err != nil {
		return 0, err
	}
	return y / (y + y2), nil
}

// ParetoVariate is paretovariate(alpha).
func (r *Random) ParetoVariate(alpha float64, mf Math) (float64, error) {
	u := 1.0 - r.Random()
	e, err := pyDiv(-1.0, alpha)
	if err != nil {
		return 0, err
	}
	return pyPow(mf, u, e)
}

// WeibullVariate is weibullvariate(alpha, beta).
func (r *Random) WeibullVariate(alpha, beta float64, mf Math) (float64, error) {
	u := 1.0 - r.Random()
	e, err := pyDiv(1.0, beta)
	if err != nil {
		return 0, err
	}
	p, err := pyPow(mf, -mf.Log(u), e)
	return alpha * p, err
}
