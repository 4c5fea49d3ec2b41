# A loop over a linked list of objects of several classes whose methods
# the trace inlines: guards on the class fail inside the inlined calls,
# and bridges grow from there (from inside the calls) and hand the loop
# objects of other classes.


class Task:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.link = None
        self.done = 0

    def runnable(self):
        return self.work > 0


class Worker(Task):
    def run(self):
        self.work -= 1
        self.done += 2
        return self.link


class Handler(Task):
    def run(self):
        self.work -= 2
        self.done += 3
        if self.done % 5 == 0:
            return None if self.link is None else self.link.link
        return self.link


class Idle(Task):
    def run(self):
        self.work -= 1
        return self.link

    def runnable(self):
        return self.work % 3 != 0


def schedule(first):
    steps = 0
    task = first
    while task is not None:
        if task.runnable():
            task = task.run()
        else:
            task = task.link
        steps += 1
    return steps


def build(n):
    kinds = [Worker, Handler, Idle, Worker, Idle]
    head = None
    tasks = []
    for i in range(n):
        t = kinds[i % len(kinds)]("t%d" % i, 50 + i % 7)
        t.link = head
        head = t
        tasks.append(t)
    return head, tasks


total = 0
for round_ in range(30):
    head, tasks = build(40)
    total += schedule(head)
print(total, sum(t.done for t in tasks), sum(t.work for t in tasks))
