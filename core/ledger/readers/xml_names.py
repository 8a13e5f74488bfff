"""XML namespace prefixes, resolved by the XML Spreadsheet 2003 reader itself.

Expat can resolve namespaces, handing each name over as "namespace}name", but then every one of
an export's millions of names is spelled out in full for the reader: about a tenth of the
reading time. So the reader takes names as written ("ss:Cell", "Cell") and resolves them here,
a scope at a time: each spelling once per scope, and the reader compares the cells and Data it
meets most as written.

Only what namespace-aware parsing reads in exactly the same way is resolved here. Anything else
(a prefix never declared, a name with two colons or a digit after its colon, a reserved prefix
or namespace, two attributes that are one once resolved, a namespace containing the separator)
raises Irregular, and the file is read again with expat resolving the names, which reads it or
says precisely what is wrong, as it always did.
"""

from __future__ import annotations

SEPARATOR = "}"  # between namespace and name in a resolved name, as expat writes it
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
RESERVED = (XML_NAMESPACE, XMLNS_NAMESPACE)


class Irregular(Exception):
    """A name or declaration whose reading only expat's namespace processing can settle."""


class Resolved:
    """Names resolved by expat already: what it hands over is taken as it is."""

    def open(self, name: str, attributes: list[str]) -> tuple[str, dict[str, str], Resolved]:
        """The element's resolved name, its attributes by resolved name, and the scope inside."""
        return name, dict(zip(attributes[::2], attributes[1::2], strict=True)), self


class Scope(Resolved):
    """The prefixes in force at an element ("" for the default namespace) and the names
    resolved under them. A scope is shared by all the elements declaring nothing new."""

    def __init__(self, prefixes: dict[str, str] | None = None) -> None:
        self.prefixes = {"xml": XML_NAMESPACE} if prefixes is None else prefixes
        self._elements: dict[str, str] = {}
        self._attributes: dict[str, str] = {}
        self._inner: dict[tuple[tuple[str | None, str], ...], Scope] = {}

    def open(self, name: str, attributes: list[str]) -> tuple[str, dict[str, str], Scope]:
        scope = self
        attrs: dict[str, str] = {}
        if attributes:
            declared = [(_declared_prefix(key), value)
                        for key, value in zip(attributes[::2], attributes[1::2], strict=True)
                        if key.startswith("xmlns") and (len(key) == 5 or key[5] == ":")]
            if declared:
                scope = self._declare(tuple(declared))
            for key, value in zip(attributes[::2], attributes[1::2], strict=True):
                if key.startswith("xmlns") and (len(key) == 5 or key[5] == ":"):
                    continue
                resolved = scope.attribute(key)
                if resolved in attrs:
                    raise Irregular(key)  # two spellings of one attribute
                attrs[resolved] = value
        return scope.element(name), attrs, scope

    def element(self, name: str) -> str:
        resolved = self._elements.get(name)
        if resolved is None:
            prefix, local = _split(name)
            namespace = self.prefixes.get(prefix or "")
            if prefix and namespace is None:
                raise Irregular(name)  # a prefix never declared
            resolved = self._elements[name] = (f"{namespace}{SEPARATOR}{local}" if namespace
                                               else local)
        return resolved

    def attribute(self, name: str) -> str:
        """A name without prefix has no namespace, whatever the default."""
        resolved = self._attributes.get(name)
        if resolved is None:
            prefix, local = _split(name)
            if prefix:
                namespace = self.prefixes.get(prefix)
                if namespace is None:
                    raise Irregular(name)
                resolved = f"{namespace}{SEPARATOR}{local}"
            else:
                resolved = local
            self._attributes[name] = resolved
        return resolved

    def _declare(self, declared: tuple[tuple[str | None, str], ...]) -> Scope:
        scope = self._inner.get(declared)
        if scope is None:
            prefixes = dict(self.prefixes)
            for prefix, namespace in declared:
                _check_declaration(prefix, namespace)
                if prefix is None and not namespace:
                    prefixes.pop("", None)  # xmlns="": no default namespace inside
                elif prefix is None:
                    prefixes[""] = namespace
                else:
                    prefixes[prefix] = namespace
            scope = self._inner[declared] = Scope(prefixes)
        return scope


def _declared_prefix(key: str) -> str | None:
    """"xmlns" declares the default namespace (None), "xmlns:p" the prefix p."""
    if key == "xmlns":
        return None
    return _split(key)[1]


def _check_declaration(prefix: str | None, namespace: str) -> None:
    """What expat refuses: undeclaring a prefix, declaring xmlns, binding xml elsewhere or
    anything else to the reserved namespaces, and (in expat's own names) the separator."""
    if SEPARATOR in namespace or prefix == "xmlns" or (prefix is not None and not namespace):
        raise Irregular(namespace)
    if (prefix == "xml") != (namespace == XML_NAMESPACE) or namespace == XMLNS_NAMESPACE:
        raise Irregular(namespace)


def _split(name: str) -> tuple[str | None, str]:
    """(prefix, local name); a name the namespace rules read otherwise is Irregular: more
    than one colon, nothing before or after it, or a local name not starting with a letter
    or "_" (expat's namespace processing refuses some others; those are left to it)."""
    colon = name.find(":")
    if colon < 0:
        return None, name
    if colon == 0 or colon == len(name) - 1 or ":" in name[colon + 1:]:
        raise Irregular(name)
    first = name[colon + 1]
    if not (first.isascii() and (first.isalpha() or first == "_")):
        raise Irregular(name)
    return name[:colon], name[colon + 1:]
