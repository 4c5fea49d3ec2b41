"""The urllib package. Adder provides urllib.parse (URL splitting, joining
and quoting); urllib.request and urllib.error need sockets, which Adder
does not have yet."""
