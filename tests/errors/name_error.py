# Uncaught NameError with a "Did you mean" suggestion.
def compute():
    counter = 1
    return countr + 1
compute()
