# Uncaught error inside a property getter accessed through an f-string.
class Config:
    def __init__(self, data):
        self.data = data
    @property
    def port(self):
        return int(self.data['port'])
c = Config({'port': '80'})
print(f'port is {c.port}')
c = Config({'port': 'eighty'})
print(f'port is {c.port}')
