print('pkg.constants executing', __name__)
PI = 3.14
E = 2.72
