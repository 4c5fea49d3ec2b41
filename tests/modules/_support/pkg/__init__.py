"""A package with submodules and relative imports."""
print('pkg/__init__ executing', __name__, __package__)
from .helpers import helper
from . import constants
__all__ = ['helper', 'PKG_LEVEL']
PKG_LEVEL = 'package level'
