# A tab/space mix makes the tokenizer fail.
if True:
        a = 1
	b = 2
