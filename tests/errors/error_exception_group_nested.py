# Uncaught nested exception groups with a chained sub-exception.
def task(i):
    if i == 1:
        try:
            raise OSError('disk')
        except OSError as e:
            raise ValueError('task 1 failed') from e
    raise TypeError(f'task {i} failed')
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup('outer', [errors[0], ExceptionGroup('inner', errors[1:])])
