# Uncaught user-defined exception with custom __str__ and notes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f'application failed with code {self.code}'
def run():
    e = AppError(42)
    e.add_note('while running the app')
    raise e
run()
