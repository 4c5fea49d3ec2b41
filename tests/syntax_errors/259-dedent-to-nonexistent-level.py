if a:
    if b:
        pass
  c = 1
