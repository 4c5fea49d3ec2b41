counter = 41
def bump():
    global counter
    counter += 1
    return counter
print("script ran", __name__)
raise ValueError("from the script")
