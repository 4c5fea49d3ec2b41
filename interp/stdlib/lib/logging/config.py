"""Configure logging from a dictionary (Adder's logging.config).

Written for Adder to behave as CPython 3.11's dictConfig does for the
common schema: version 1; formatters, filters, handlers, loggers and root;
'()' factories and '.' properties; 'ext://' (import a name) and 'cfg://'
(a value elsewhere in the dictionary) references; incremental updates of
levels; disable_existing_loggers. fileConfig and listen are not written.
"""

import logging
import logging.handlers
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104  # errno.ECONNRESET
IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """Return True if s is an identifier, else raise ValueError."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """Import the dotted name: the longest importable module prefix, then
    attributes."""
    parts = name.split('.')
    found = __import__(parts[0])
    for i, part in enumerate(parts[1:], 1):
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__('.'.join(parts[:i + 1]))
            found = getattr(found, part)
    return found


_CFG_FIRST = re.compile(r'^\s*(\w+)\s*')
_CFG_STEP = re.compile(r'^\.\s*(\w+)\s*|^\[\s*([^\]]+?)\s*\]\s*')


class BaseConfigurator(object):
    """Holds the configuration and resolves ext:// and cfg:// values."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """Resolve the dotted name s to an object."""
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follow a path like handlers.console.level or list[0] in
        self.config."""
        m = _CFG_FIRST.match(value)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = value[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = _CFG_STEP.match(rest)
            if m is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            if m.group(1):
                found = found[m.group(1)]
            else:
                key = m.group(2)
                found = found[int(key) if key.isdigit() else key]
            rest = rest[m.end():]
        return found

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m is not None:
                method = self.value_converters.get(m.group('prefix'))
                if method is not None:
                    return getattr(self, method)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """Build an object with the '()' factory, the other keys as keyword
        arguments and '.' as attributes to set afterwards."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig schema to the logging module."""

    def configure(self):
        config = dict(self.config)
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        with logging._lock:
            if config.get('incremental', False):
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        for name, hconf in config.get('handlers', {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            level = hconf.get('level')
            if level:
                try:
                    handler.setLevel(logging._checkLevel(level))
                except Exception as e:
                    raise ValueError('Unable to configure handler %r'
                                     % name) from e
        for name, lconf in config.get('loggers', {}).items():
            try:
                self._common_logger_config(logging.getLogger(name), lconf,
                                           True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root')
        if root:
            try:
                self._common_logger_config(logging.root, root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.get('disable_existing_loggers', True)
        # Adder's WeakValueDictionary has no clear() yet.
        for name in list(logging._handlers.keys()):
            del logging._handlers[name]
        del logging._handlerList[:]
        self.formatters = {}
        for name, fconf in config.get('formatters', {}).items():
            try:
                self.formatters[name] = self.configure_formatter(dict(fconf))
            except Exception as e:
                raise ValueError('Unable to configure formatter %r'
                                 % name) from e
        self.filters = {}
        for name, fconf in config.get('filters', {}).items():
            try:
                self.filters[name] = self.configure_filter(dict(fconf))
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # Handlers in name order; one whose target is not built yet waits
        # for a second round.
        self.handlers = {}
        hconfs = config.get('handlers', {})
        waiting = []
        for name in sorted(hconfs):
            try:
                self._make_handler(name, hconfs[name])
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    waiting.append(name)
                else:
                    raise ValueError('Unable to configure handler %r'
                                     % name) from e
        for name in waiting:
            try:
                self._make_handler(name, hconfs[name])
            except Exception as e:
                raise ValueError('Unable to configure handler %r'
                                 % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        configured = set()
        children = set()
        loggers = config.get('loggers', {})
        for name in sorted(loggers):
            # Existing descendants of a configured logger are reset to pass
            # records up to it instead of being disabled.
            prefix = name + '.'
            children.update(n for n in existing if n.startswith(prefix))
            configured.add(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in configured or not isinstance(logger, logging.Logger):
                continue
            if name in children:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            elif disable_existing:
                logger.disabled = True
        if config.get('root'):
            try:
                self.configure_root(config['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _make_handler(self, name, hconf):
        handler = self.configure_handler(dict(hconf))
        handler.name = name
        self.handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format')
        datefmt = config.get('datefmt')
        style = config.get('style', '%')
        cname = config.get('class')
        klass = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return klass(fmt, datefmt, style, config['validate'])
        return klass(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.filters[f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r'
                                 % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(self.convert(config.pop('class')))
            if (issubclass(factory, logging.handlers.MemoryHandler)
                    and 'target' in config):
                target = self.handlers.get(config['target'])
                if target is None:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from TypeError(
                                         'target not configured yet')
                config['target'] = target
            elif 'flushLevel' in config:
                config['flushLevel'] = logging._checkLevel(
                    config['flushLevel'])
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        handler = factory(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        if props:
            for name, value in props.items():
                setattr(handler, name, value)
        return handler

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def _common_logger_config(self, logger, config, incremental=False):
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        if config.get('handlers'):
            self.add_handlers(logger, config['handlers'])
        if config.get('filters'):
            self.add_filters(logger, config['filters'])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self._common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate')
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self._common_logger_config(logging.root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
