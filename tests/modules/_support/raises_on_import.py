print('raises_on_import executing')
STATE = 'partial'
raise ValueError('module failed to initialise')
