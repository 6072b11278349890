"""A faster path through JSON-LD expansion for ordinary node objects, with pyld for everything else.

pyld's ``_expand`` / ``_expand_object`` handle every keyword and container of JSON-LD 1.1 in one
generic loop, expanding each key three or four times on the way. Credentials are mostly plain node
objects: ``@context``, ``id``, ``type`` and properties whose values are strings, numbers, objects or
arrays, under ``@set`` / ``@graph`` containers. :class:`FastExpandMixin` expands exactly those, in
the same order and with the same calls into pyld for everything that carries meaning (context
processing, type-scoped and property-scoped contexts, IRI expansion, value expansion), so the result
is pyld's result. An element using anything else (a value object, ``@reverse``, ``@nest``,
``@included``, ``@graph`` / ``@list`` / ``@index`` / ``@language`` keys, language / index / id / type
maps, lists, ``@json``, framing) is first checked, before anything is written, and then handed to
pyld's own ``_expand`` whole; its children come back here.

``tests/wallet/test_jsonld.py`` compares both paths on every JSON-LD test vector.
"""

from __future__ import annotations

from typing import Any

from frozendict import frozendict
from pyld import jsonld as _pyld

__all__ = ["FastExpandMixin"]

_get = _pyld.JsonLdProcessor.get_context_value
_OK_CONTAINERS = frozenset({"@set", "@graph"})
_ID, _TYPE, _PROP, _DROP, _OTHER = 0, 1, 2, 3, 4


def _add(target: list[Any], value: Any) -> None:
    """``JsonLdProcessor.add_value`` for an always-array property, duplicates allowed."""
    if isinstance(value, list):
        for v in value:
            _add(target, v)
    else:
        target.append(value)


class FastExpandMixin:
    """Overrides ``_expand`` of a pyld ``JsonLdProcessor`` subclass (see the module docstring).

    ``_value_infos`` and ``_key_plans`` are memos shared by the processors of one
    :class:`~wallet.jsonld.JsonLd`: pure functions of a frozen active context and a term."""

    _value_infos: dict[tuple[Any, Any], tuple[Any, Any, Any, Any, Any, Any]]
    _key_plans: dict[tuple[Any, str], tuple[int, Any, Any, Any]]

    def _expand(
        self,
        active_ctx: Any,
        active_property: Any,
        element: Any,
        options: Any,
        inside_list: bool = False,
        inside_index: bool = False,
        type_scoped_ctx: Any = None,
    ) -> Any:
        slow = super()._expand  # type: ignore[misc]
        kind = type(element)
        if inside_list or inside_index or options.get("isFrame") or not isinstance(active_ctx, frozendict):
            return slow(active_ctx, active_property, element, options, inside_list, inside_index, type_scoped_ctx)
        if kind is list:
            return self._expand_array(active_ctx, active_property, element, options, type_scoped_ctx)
        if kind is str or kind is int or kind is float or kind is bool:
            return self._expand_scalar(active_ctx, active_property, element, options)
        if kind is not dict:
            return slow(active_ctx, active_property, element, options, inside_list, inside_index, type_scoped_ctx)
        pyld: Any = self
        info = self._value_info(active_ctx, active_property)
        expanded_active_property = info[0]
        property_scoped_ctx = info[5]
        scoped = type_scoped_ctx
        if not scoped and active_ctx.get("previousContext"):
            scoped = active_ctx
        ctx = active_ctx
        must_revert = True
        if scoped and len(element) <= 2 and "@context" not in element:
            for key in sorted(element):
                expanded = self._key_plan(scoped, key, options)[1]
                if expanded == "@value":  # a value object: pyld's
                    return slow(active_ctx, active_property, element, options, inside_list, inside_index,
                                type_scoped_ctx)
                if expanded == "@id" and len(element) == 1:
                    must_revert = False
                    break
        if must_revert and "previousContext" in ctx:  # pyld's _revert_to_previous_context
            ctx = ctx["previousContext"]
        if property_scoped_ctx is not None:
            ctx = pyld._process_context(ctx, property_scoped_ctx, options, override_protected=True)

        # pyld's _prepare_nested_context: the element's own context, then its type-scoped contexts
        items = sorted(element.items())
        if "@context" in element:
            local = element["@context"]
            if isinstance(local, dict) and len(local) == 1 and "@context" in local:
                return slow(active_ctx, active_property, element, options, inside_list, inside_index,
                            type_scoped_ctx)
            ctx = pyld._process_context(ctx, local, options)
        types_ctx = ctx
        for key, value in items:
            if self._key_plan(ctx, key, options)[0] != _TYPE:
                continue
            types = [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]
            for type_ in sorted(types):
                scoped_type = _get(types_ctx, type_, "@context")
                if scoped_type is not None and scoped_type is not False:
                    ctx = pyld._process_context(ctx, scoped_type, options, propagate=False)

        # plan every key before writing anything, so that handing over to pyld is always clean
        base = options.get("base", "")
        plan: list[tuple[int, str, Any, Any, Any]] = []
        seen_id = False
        for key, value in items:
            if key == "@context":
                continue
            plan_kind, prop, term_ctx, graph = self._key_plan(ctx, key, options)
            if plan_kind == _PROP:
                plan.append((_PROP, key, prop, term_ctx, graph))
            elif plan_kind == _DROP:
                plan.append((_DROP, key, prop, None, None))
            elif plan_kind == _ID:
                if type(value) is not str or seen_id:
                    break
                seen_id = True
                iri = pyld._expand_iri(ctx, value, base=base)
                if iri is None:
                    break
                plan.append((_ID, key, iri, None, None))
            elif plan_kind == _TYPE:
                values = [value] if type(value) is str else value
                if type(values) is not list or not all(type(v) is str for v in values):
                    break
                expanded_types = [pyld._expand_iri(types_ctx, v, vocab=True, base=base) for v in values]
                if "@json" in expanded_types:
                    break
                plan.append((_TYPE, key, expanded_types, None, None))
            else:
                break  # any other keyword, or a term this path leaves to pyld
        else:
            return self._write(plan, element, active_property, expanded_active_property, options)
        return slow(active_ctx, active_property, element, options, inside_list, inside_index, type_scoped_ctx)

    def _key_plan(self, ctx: Any, key: str, options: Any) -> tuple[int, Any, Any, Any]:
        """How a key of a node object expands under a frozen active context: (kind, expanded IRI,
        the term's context for its value, @graph container?). A pure function of the context
        (keyed by its uuid) and the key; kind ``_OTHER`` means "leave this element to pyld"."""
        memo_key = (ctx["_uuid"], key)
        plan = self._key_plans.get(memo_key)
        if plan is not None:
            return plan
        pyld: Any = self
        prop = pyld._expand_iri(ctx, key, vocab=True)
        if prop is None or not (_pyld._is_absolute_iri(prop) or _pyld._is_keyword(prop)):
            plan = (_DROP, prop, None, None)
        elif prop == "@id":
            plan = (_ID, prop, None, None)
        elif prop == "@type":
            plan = (_TYPE, prop, None, None)
        elif prop.startswith("@"):
            plan = (_OTHER, prop, None, None)
        else:
            plan = (_OTHER, prop, None, None)
            container = _get(ctx, key, "@container")
            container = container if isinstance(container, list) else [] if container is None else [container]
            if _OK_CONTAINERS.issuperset(container) and _get(ctx, key, "@type") != "@json":
                term_ctx = ctx
                scoped_term = _get(ctx, key, "@context")
                if scoped_term is not None:
                    term_ctx = pyld._process_context(ctx, scoped_term, options, propagate=True,
                                                     override_protected=True)
                mapping = term_ctx["mappings"].get(key)
                if isinstance(term_ctx, frozendict) and not (mapping and mapping.get("reverse")):
                    plan = (_PROP, prop, term_ctx, "@graph" in container)
        if len(self._key_plans) >= 20_000:
            self._key_plans.clear()
        self._key_plans[memo_key] = plan
        return plan

    def _value_info(self, ctx: Any, active_property: Any) -> tuple[Any, Any, Any, Any, Any, Any]:
        """(expanded property, @container, @type, @language, @direction, @context) of a term: a pure
        function of a frozen active context (keyed by its uuid) and the term."""
        key = (ctx["_uuid"], active_property)
        info = self._value_infos.get(key)
        if info is None:
            pyld: Any = self
            container = _get(ctx, active_property, "@container")
            info = (
                pyld._expand_iri(ctx, active_property, vocab=True),
                container if isinstance(container, list) else [] if container is None else [container],
                _get(ctx, active_property, "@type"),
                _get(ctx, active_property, "@language"),
                _get(ctx, active_property, "@direction"),
                _get(ctx, active_property, "@context"),
            )
            if len(self._value_infos) >= 20_000:
                self._value_infos.clear()
            self._value_infos[key] = info
        return info

    def _expand_array(self, ctx: Any, active_property: Any, element: list[Any], options: Any,
                      type_scoped_ctx: Any) -> Any:
        """pyld's array branch of ``_expand`` (outside lists)."""
        if "@list" in self._value_info(ctx, active_property)[1]:
            return super()._expand(ctx, active_property, element, options, False, False,  # type: ignore[misc]
                                   type_scoped_ctx)
        out: list[Any] = []
        for item in element:
            value = self._expand(ctx, active_property, item, options, type_scoped_ctx=type_scoped_ctx)
            if value is None:
                continue
            if isinstance(value, list):
                out.extend(value)
            else:
                out.append(value)
        return out

    def _expand_scalar(self, ctx: Any, active_property: Any, value: Any, options: Any) -> Any:
        """pyld's scalar branch of ``_expand`` and ``_expand_value`` (outside lists)."""
        expanded_property, _, type_, language, direction, _ = self._value_info(ctx, active_property)
        if active_property is None or expanded_property == "@graph":
            return None  # a free-floating scalar
        pyld: Any = self
        if expanded_property == "@id":
            return pyld._expand_iri(ctx, value, base=options.get("base", ""))
        if expanded_property == "@type":
            return pyld._expand_iri(ctx, value, vocab=True, base=options.get("base", ""))
        is_str = type(value) is str
        if type_ == "@id" and is_str:
            return {"@id": pyld._expand_iri(ctx, value, base=options.get("base", ""))}
        if type_ == "@vocab" and is_str:
            return {"@id": pyld._expand_iri(ctx, value, vocab=True, base=options.get("base", ""))}
        if _pyld._is_keyword(expanded_property):
            return value
        rval: dict[str, Any] = {}
        if type_ is not None and type_ != "@id" and type_ != "@vocab" and type_ != "@none":
            rval["@type"] = type_
        elif is_str:
            if language is not None:
                rval["@language"] = language
            if direction is not None:
                rval["@direction"] = direction
        rval["@value"] = value
        return rval

    def _write(self, plan: list[tuple[int, str, Any, Any, Any]], element: dict[str, Any], active_property: Any,
               expanded_active_property: Any, options: Any) -> Any:
        pyld: Any = self
        rval: dict[str, Any] = {}
        types: list[str] | None = None
        for kind, key, prop, term_ctx, graph in plan:
            if kind == _DROP:
                pyld.on_property_dropped(prop)
            elif kind == _ID:
                rval["@id"] = prop
            elif kind == _TYPE:
                if types is None:
                    types = rval["@type"] = []
                types.extend(prop)
            else:
                value = self._expand(term_ctx, key, element[key], options, inside_list=False)
                if value is None:
                    continue
                if graph:
                    value = [{"@graph": [v]} for v in (value if isinstance(value, list) else [value])]
                target = rval.get(prop)
                if target is None:
                    target = rval[prop] = []
                _add(target, value)
        if types is not None and not types:
            del rval["@type"]
        count = len(rval)
        if (not options.get("keepFreeFloatingNodes")
                and (active_property is None or expanded_active_property == "@graph")
                and (count == 0 or (count == 1 and "@id" in rval))):
            return None
        return rval
