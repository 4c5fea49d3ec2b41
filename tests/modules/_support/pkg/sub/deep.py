print('pkg.sub.deep executing', __name__)
from .. import constants
from ..helpers import helper
def info():
    return constants.E, helper()
