# Uncaught UnboundLocalError from assignment after use.
count = 0
def increment():
    count += 1
    return count
increment()
