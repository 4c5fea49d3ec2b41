def run():
    return 'run called'
if __name__ == '__main__':
    print('main_guard run as script')
else:
    print('main_guard imported as', __name__)
