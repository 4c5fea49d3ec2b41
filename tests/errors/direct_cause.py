# Uncaught chained exception: "The above exception was the direct cause..."
class ConfigError(Exception):
    pass
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise ConfigError(f'missing key {key!r}') from e
load('b')
