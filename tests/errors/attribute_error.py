# Uncaught AttributeError on an instance, with a method call in the traceback.
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balanse += n
a = Account()
a.deposit(5)
