# Exception in a method called from __init__, multi-line expression in traceback.
class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(
            text,
            strict=True,
        )
    def tokenize(self, text, strict):
        return [int(t) for t in text.split()]
print(Parser('1 2 3').tokens)
Parser('1 two 3')
