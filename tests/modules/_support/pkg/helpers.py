print('pkg.helpers executing', __name__, __package__)
from .constants import PI
def helper():
    return f'helper uses PI={PI}'
