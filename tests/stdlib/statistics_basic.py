# statistics: averages, spread, quantiles, regression and NormalDist on
# ints, floats and Fractions, with CPython's exact results and errors.
import statistics as st
from fractions import Fraction as F


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 0.1], [F(1, 2), F(3, 4), F(5, 8)], [1, 2.5, F(1, 4)],
            [1e50, 1, -1e50] * 10, [0.1] * 10, list(range(1, 101)), [7], [3, 1, 2], [1.5, float("inf")]]
for data in datasets:
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode,
               st.multimode, st.pvariance, st.pstdev, st.variance, st.stdev, st.harmonic_mean, st.geometric_mean):
        show(fn, data)
    print()
for fn in (st.mean, st.fmean, st.median, st.mode, st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean,
           st.geometric_mean, st.median_grouped):
    show(fn, [])
show(st.variance, [1])
show(st.geometric_mean, [1, -2])
show(st.harmonic_mean, [1, -2])
show(st.harmonic_mean, [1, 0, 3])
show(st.harmonic_mean, [40, 60], weights=[5, 30])
show(st.fmean, [1, 2, 3], weights=[3, 2, 1])
show(st.mean, ["a"])
show(st.mean, iter([1, 2, 3, 4]))
show(st.variance, [1, 2, 3, 4], 2.5)
show(st.pvariance, [F(1, 3), F(2, 3), 1], F(2, 3))
show(st.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show(st.pstdev, [2, 4, 4, 4, 5, 5, 7, 9])
show(st.median_grouped, [52, 52, 53, 54], 2)
show(st.mode, ["red", "blue", "blue", "red", "green"])
show(st.multimode, "aabbbbccddddeeffffgg")
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101,
        84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10), st.quantiles(data, n=4, method="inclusive"), st.quantiles([1, 2], n=3))
show(st.quantiles, [1], n=4)
show(st.quantiles, data, n=0)
show(st.quantiles, data, method="x")
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
show(st.correlation, x, [1] * 9)
show(st.covariance, [1], [2])
show(st.linear_regression, [1, 1], [1, 2])
show(st.covariance, [1, 2], [1])
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.pdf(110), nd.cdf(130), nd.inv_cdf(0.975), nd.inv_cdf(0.001), nd.inv_cdf(1e-20), nd.quantiles(), nd.zscore(85))
print(nd.overlap(st.NormalDist(110, 20)), nd.overlap(st.NormalDist(120, 15)), nd + 5, nd * 2, nd - st.NormalDist(1, 2), -nd, 3 - nd)
print(nd == st.NormalDist(100, 15), hash(nd) == hash(st.NormalDist(100, 15)), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(nd.samples(5, seed=1)))
for bad in [lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 0).pdf(1), lambda: nd.inv_cdf(1.5), lambda: nd.overlap(3)]:
    show(bad)
print(issubclass(st.StatisticsError, ValueError))
from decimal import Decimal as D, localcontext
data = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
print(st.stdev(data), st.pstdev(data), st.variance(data), st.mean(data), st.median(data), st.pstdev([D(1), D(3)]), st.stdev([D(2), D(2)]))
with localcontext(prec=5):
    print(st.stdev([D("1.1"), D("2.2"), D("3.7")]), st.pstdev([D(1), D(2)]))
print(st.stdev([D("1e-20"), D("3e-20"), D("7e-20")]), st.harmonic_mean([D("2.5"), D(3)]))
