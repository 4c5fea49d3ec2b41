"""Token constants: the numbers of Python 3.11's token types, tok_name
(number -> name), EXACT_TOKEN_TYPES (operator string -> its exact type)
and the ISTERMINAL/ISNONTERMINAL/ISEOF predicates."""

# The token types in number order (ENDMARKER is 0); operators carry their
# text. (order must match CPython 3.11's Grammar/Tokens)
_TOKENS = [
    ('ENDMARKER', None), ('NAME', None), ('NUMBER', None), ('STRING', None),
    ('NEWLINE', None), ('INDENT', None), ('DEDENT', None),
    ('LPAR', '('), ('RPAR', ')'), ('LSQB', '['), ('RSQB', ']'), ('COLON', ':'),
    ('COMMA', ','), ('SEMI', ';'), ('PLUS', '+'), ('MINUS', '-'), ('STAR', '*'),
    ('SLASH', '/'), ('VBAR', '|'), ('AMPER', '&'), ('LESS', '<'), ('GREATER', '>'),
    ('EQUAL', '='), ('DOT', '.'), ('PERCENT', '%'), ('LBRACE', '{'), ('RBRACE', '}'),
    ('EQEQUAL', '=='), ('NOTEQUAL', '!='), ('LESSEQUAL', '<='), ('GREATEREQUAL', '>='),
    ('TILDE', '~'), ('CIRCUMFLEX', '^'), ('LEFTSHIFT', '<<'), ('RIGHTSHIFT', '>>'),
    ('DOUBLESTAR', '**'), ('PLUSEQUAL', '+='), ('MINEQUAL', '-='), ('STAREQUAL', '*='),
    ('SLASHEQUAL', '/='), ('PERCENTEQUAL', '%='), ('AMPEREQUAL', '&='),
    ('VBAREQUAL', '|='), ('CIRCUMFLEXEQUAL', '^='), ('LEFTSHIFTEQUAL', '<<='),
    ('RIGHTSHIFTEQUAL', '>>='), ('DOUBLESTAREQUAL', '**='), ('DOUBLESLASH', '//'),
    ('DOUBLESLASHEQUAL', '//='), ('AT', '@'), ('ATEQUAL', '@='), ('RARROW', '->'),
    ('ELLIPSIS', '...'), ('COLONEQUAL', ':='), ('OP', None), ('AWAIT', None),
    ('ASYNC', None), ('TYPE_IGNORE', None), ('TYPE_COMMENT', None),
    ('SOFT_KEYWORD', None), ('ERRORTOKEN', None), ('COMMENT', None), ('NL', None),
    ('ENCODING', None),
]

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
__all__ += [name for name, _ in _TOKENS] + ['N_TOKENS', 'NT_OFFSET']

tok_name = {}
EXACT_TOKEN_TYPES = {}
for _number, (_name, _text) in enumerate(_TOKENS):
    globals()[_name] = _number
    tok_name[_number] = _name
    if _text is not None:
        EXACT_TOKEN_TYPES[_text] = _number
N_TOKENS = len(_TOKENS)
NT_OFFSET = 256
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _number, _name, _text


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
