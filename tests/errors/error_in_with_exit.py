# Uncaught error raised by __exit__ while another exception is in flight.
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('exit failed while handling ' + et.__name__)
with Faulty():
    raise ValueError('body failed')
