x = b'a' 'c'
