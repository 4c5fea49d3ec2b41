# Uncaught UnicodeDecodeError.
data = b'valid \xff invalid'
print(data.decode('latin-1'))
print(data.decode('utf-8'))
