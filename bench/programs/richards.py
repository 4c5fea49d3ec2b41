# bench: quick=1000 full=100000
"""Richards: Martin Richards' operating-system scheduler simulation.

Six tasks (idle, worker, two handlers, two devices) pass packets through a
priority scheduler. sys.argv[1] is the idle task's countdown, which sets how
long the simulation runs. Prints how many packets were queued and how many
times a task held itself; at 10000 these are the classic 23246 and 9297.
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Return queue (a linked list, possibly None) with self at its end."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.by_id[ident] = self

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def run(self):
        packet = None
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def accept(self, packet, current):
        """Deliver packet; return the task the scheduler should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.held = True
        return self.link

    def release(self, ident):
        task = self.scheduler.by_id[ident]
        task.held = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        self.scheduler.queue_count += 1
        task = self.scheduler.by_id[packet.dest]
        packet.link = None
        packet.dest = self.ident
        return task.accept(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.target = HANDLER_A if self.target == HANDLER_B else HANDLER_B
        packet.dest = self.target
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        Task.__init__(self, scheduler, ident, 2000 + ident, queue, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count >= BUFFER_SIZE:
                self.work = work.link
                return self.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.count = work.data[work.count]
                work.count += 1
                return self.send(device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        Task.__init__(self, scheduler, ident, 4000 + ident, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * 6
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                task = task.run()
            else:
                task = task.link


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(s, handler, queue)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    s.run()
    return s.queue_count, s.hold_count


def main():
    count = int(sys.argv[1])
    queued, held = simulate(count)
    print("queued %d held %d" % (queued, held))


main()
