# User objects inside containers: equality via __eq__ in list/dict/set operations and sorting.
class Card:
    order = '23456789TJQKA'
    def __init__(self, s): self.s = s
    def __eq__(self, o): return isinstance(o, Card) and self.s == o.s
    def __hash__(self): return hash(self.s)
    def __lt__(self, o): return self.order.index(self.s) < self.order.index(o.s)
    def __repr__(self): return self.s
hand = [Card('K'), Card('2'), Card('A'), Card('T'), Card('2')]
print(sorted(hand), max(hand), min(hand), hand.count(Card('2')), hand.index(Card('A')), Card('T') in hand)
print(len(set(hand)), sorted(set(hand)), {Card('A'): 'ace'}[Card('A')])
hand.remove(Card('2'))
print(hand, [Card('K'), Card('A')] == [Card('K'), Card('A')], (Card('2'),) < (Card('3'),))
print(sorted(hand, reverse=True), sorted(hand, key=lambda c: c.s))
