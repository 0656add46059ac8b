"""Expressions → `py` ops, typed as they are emitted (the expression half of IRGen).

Python's implicit conversions are made explicit here: a bool used as a number
becomes `py.bool_to_int`, an int meeting a float becomes `py.int_to_float`.
Anything whose type would depend on a run-time value is refused.
"""

from __future__ import annotations

from xdsl.dialects import cf, func
from xdsl.ir import Block, SSAValue

from aithon.diagnostics import CompileError, Span
from aithon.dialects import actor, py
from aithon.frontend import ast
from aithon.frontend.scope import BUILTINS, undefined_name

ARITH_OPS = {
    "+": py.AddOp,
    "-": py.SubOp,
    "*": py.MulOp,
    "//": py.FloorDivOp,
    "%": py.ModOp,
    "**": py.PowOp,
}
COMPARE_OPS = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}
NUMERIC = (py.INT, py.FLOAT)
# Refused constructs (ast.Unsupported.what) named by a singular noun.
SINGULAR_CONSTRUCTS = {"attribute access", "Ellipsis"}


def not_supported(what: str) -> str:
    """'lists are not supported ...', 'attribute access is not supported ...'."""
    verb = "is" if what in SINGULAR_CONSTRUCTS else "are"
    return f"{what} {verb} not supported by AIthon yet"


class ExpressionGen:
    def gen_expr(self, e: ast.Expr) -> SSAValue:
        method = getattr(self, f"_expr_{type(e).__name__}", None)
        if method is None:
            raise CompileError(e.span, f"unsupported expression: {type(e).__name__}")
        return method(e)

    # ---- leaves ----
    def _expr_IntLit(self, e: ast.IntLit) -> SSAValue:
        return self.value(py.IntConstantOp(e.value), e.span)

    def _expr_FloatLit(self, e: ast.FloatLit) -> SSAValue:
        return self.value(py.FloatConstantOp(e.value), e.span)

    def _expr_BoolLit(self, e: ast.BoolLit) -> SSAValue:
        return self.value(py.BoolConstantOp(e.value), e.span)

    def _expr_NoneLit(self, e: ast.NoneLit) -> SSAValue:
        return self.value(py.NoneConstantOp(), e.span)

    def _expr_StrLit(self, e: ast.StrLit) -> SSAValue:
        raise CompileError(e.span, "strings are only supported as arguments of print() yet")

    def _expr_Unsupported(self, e: ast.Unsupported) -> SSAValue:
        raise CompileError(e.span, not_supported(e.what))

    def _expr_Name(self, e: ast.Name) -> SSAValue:
        # A builtin's name is a function only where no variable shadows it.
        if self.function_named(e.id) or (e.id in BUILTINS and not self._is_variable(e.id)):
            raise CompileError(e.span, f"functions are not values yet: call '{e.id}(...)'")
        if e.id in self.imports.bound:
            return self._expr_Attribute(e)
        if e.id == "__name__":
            raise CompileError(e.span, "'__name__' is only supported in 'if __name__ == \"__main__\":'")
        return self.load_variable(e)

    # ---- arithmetic ----
    def _expr_BinOp(self, e: ast.BinOp) -> SSAValue:
        if e.op not in ARITH_OPS and e.op != "/":
            raise CompileError(e.span, f"the operator '{e.op}' is not supported by AIthon yet")
        return self.binary(e.op, self.gen_expr(e.left), self.gen_expr(e.right), e.span, e.right)

    def binary(self, op: str, lhs: SSAValue, rhs: SSAValue, span: Span, rhs_node) -> SSAValue:
        """`lhs op rhs` after Python's numeric promotions (also for `lhs op= rhs`)."""
        if op not in ARITH_OPS and op != "/":
            raise CompileError(span, f"the operator '{op}=' is not supported by AIthon yet")
        lhs, rhs = self.numeric(lhs, span, op), self.numeric(rhs, span, op)
        if lhs.type != rhs.type or self._negative_literal_power(op, rhs_node):
            lhs, rhs = self.promote(lhs, span), self.promote(rhs, span)
        if op == "/":
            return self.value(py.TrueDivOp(lhs, rhs), span)
        return self.value(ARITH_OPS[op](lhs, rhs), span)

    def numeric(self, v: SSAValue, span: Span, op: str) -> SSAValue:
        if v.type == py.BOOL:
            return self.value(py.BoolToIntOp(v), span)
        if v.type not in NUMERIC:
            raise CompileError(span, f"unsupported operand type for '{op}': {self.type_name(v.type)}")
        return v

    def promote(self, v: SSAValue, span: Span) -> SSAValue:
        return self.value(py.IntToFloatOp(v), span) if v.type == py.INT else v

    def _negative_literal_power(self, op: str, rhs_node: ast.Expr) -> bool:
        """`x ** -k`: a float in Python even for ints. With a literal exponent
        the type is known, so it is computed in floats as CPython does."""
        exponent = self._constant_int(rhs_node) if op == "**" else None
        return exponent is not None and exponent < 0

    def as_int(self, v: SSAValue, node: ast.Expr, what: str) -> SSAValue:
        if v.type == py.BOOL:
            return self.value(py.BoolToIntOp(v), node.span)
        if v.type != py.INT:
            raise CompileError(node.span, f"{what} must be an int, not {self.type_name(v.type)}")
        return v

    def _expr_UnaryOp(self, e: ast.UnaryOp) -> SSAValue:
        if e.op == "~":
            raise CompileError(e.span, "the operator '~' is not supported by AIthon yet")
        operand = self.numeric(self.gen_expr(e.operand), e.span, e.op)
        return self.value(py.NegOp(operand), e.span) if e.op == "-" else operand

    def _expr_Not(self, e: ast.Not) -> SSAValue:
        return self.value(py.NotOp(self.gen_expr(e.operand)), e.span)

    # ---- comparisons and boolean operators ----
    def _compare_pair(self, op: str, lhs: SSAValue, rhs: SSAValue, span: Span) -> SSAValue:
        if op not in COMPARE_OPS:
            raise CompileError(span, f"the comparison '{op}' is not supported by AIthon yet")
        identity = next((v.type for v in (lhs, rhs) if isinstance(v.type, py.IDENTITY_TYPES)), None)
        if identity is not None:  # a Pid or a Reason
            name = self.type_name(identity)
            if lhs.type != rhs.type or op not in ("==", "!="):
                raise CompileError(span, f"a {name} compares only with another {name}, by == or "
                                   f"!= (here {self.type_name(lhs.type)} {op} "
                                   f"{self.type_name(rhs.type)})")
            return self.value(py.CmpOp(COMPARE_OPS[op], lhs, rhs), span)
        if isinstance(lhs.type, actor.SIGNAL_TYPES) or \
                isinstance(rhs.type, actor.SIGNAL_TYPES):
            raise CompileError(span, "comparing Exit or Down messages is not supported by AIthon "
                               "yet: compare their pid and reason")
        if isinstance(lhs.type, py.TupleType) or isinstance(rhs.type, py.TupleType):
            raise CompileError(span, "comparing tuples is not supported by AIthon yet")
        lhs, rhs = self.numeric(lhs, span, op), self.numeric(rhs, span, op)
        return self.value(py.CmpOp(COMPARE_OPS[op], lhs, rhs), span)

    def _main_guard(self, e: ast.Compare) -> bool | None:
        """`__name__ == "__main__"` is always true in a compiled program."""
        if (isinstance(e.first, ast.Name) and e.first.id == "__name__" and len(e.ops) == 1
                and e.ops[0] in ("==", "!=") and isinstance(e.rest[0], ast.StrLit)):
            return (e.rest[0].value == "__main__") == (e.ops[0] == "==")
        return None

    def _expr_Compare(self, e: ast.Compare) -> SSAValue:
        guard = self._main_guard(e)
        if guard is not None:
            return self.value(py.BoolConstantOp(guard), e.span)
        if len(e.ops) == 1:
            return self._compare_pair(e.ops[0], self.gen_expr(e.first), self.gen_expr(e.rest[0]), e.span)
        return self._bool_from_condition(e)

    def _bool_from_condition(self, e: ast.Expr) -> SSAValue:
        """A bool value from branching code (chained comparisons)."""
        t, f, merge = self.new_block(), self.new_block(), self.new_block((py.BOOL,))
        defined = self.fn.defined
        self.gen_condition(e, t, f)
        for block, truth in ((t, True), (f, False)):
            self.start_block(block, defined)
            const = self.value(py.BoolConstantOp(truth), e.span)
            self.emit(cf.BranchOp(merge, const), e.span)
        self.start_block(merge, defined)
        return merge.args[0]

    def _expr_BoolOp(self, e: ast.BoolOp) -> SSAValue:
        """`a or b`: the first truthy operand, else the last (`and`: first falsy)."""
        values_types = None
        merge = None
        defined = self.fn.defined
        for index, operand in enumerate(e.values):
            v = self.gen_expr(operand)
            if values_types is None:
                values_types = v.type
                merge = self.new_block((v.type,))
            elif v.type != values_types:
                raise CompileError(
                    operand.span,
                    f"operands of '{e.op}' used as a value must have one type "
                    f"(here {self.type_name(values_types)} and {self.type_name(v.type)})",
                )
            if index == len(e.values) - 1:
                self.emit(cf.BranchOp(merge, v), operand.span)
                break
            next_block = self.new_block()
            truth = self.value(py.IsTrueOp(v), operand.span)
            if e.op == "or":
                self.emit(cf.ConditionalBranchOp(truth, merge, [v], next_block, []), operand.span)
            else:
                self.emit(cf.ConditionalBranchOp(truth, next_block, [], merge, [v]), operand.span)
            self.start_block(next_block, defined)
        self.start_block(merge, defined)
        return merge.args[0]

    def _expr_IfExp(self, e: ast.IfExp) -> SSAValue:
        then_block, else_block = self.new_block(), self.new_block()
        defined = self.fn.defined
        self.gen_condition(e.test, then_block, else_block)
        self.start_block(then_block, defined)
        then_value = self.gen_expr(e.body)
        merge = self.new_block((then_value.type,))
        self.emit(cf.BranchOp(merge, then_value), e.body.span)
        self.start_block(else_block, defined)
        else_value = self.gen_expr(e.orelse)
        if else_value.type != then_value.type:
            raise CompileError(
                e.orelse.span,
                f"both branches of a conditional expression must have one type "
                f"(here {self.type_name(then_value.type)} and {self.type_name(else_value.type)})",
            )
        self.emit(cf.BranchOp(merge, else_value), e.orelse.span)
        self.start_block(merge, defined)
        return merge.args[0]

    def gen_condition(self, e: ast.Expr, if_true: Block, if_false: Block) -> None:
        """Branch to `if_true` or `if_false` on the truth of `e`, short-circuiting.

        Ends the current block; the caller continues in one of the targets.
        """
        defined = self.fn.defined
        if isinstance(e, ast.Not):
            self.gen_condition(e.operand, if_false, if_true)
            return
        if isinstance(e, ast.BoolOp):
            for operand in e.values[:-1]:
                next_block = self.new_block()
                if e.op == "and":
                    self.gen_condition(operand, next_block, if_false)
                else:
                    self.gen_condition(operand, if_true, next_block)
                self.start_block(next_block, defined)
            self.gen_condition(e.values[-1], if_true, if_false)
            return
        if isinstance(e, ast.Compare) and len(e.ops) > 1:
            # a < b < c: b is evaluated once and reused by the next comparison.
            lhs = self.gen_expr(e.first)
            for index, (op, node) in enumerate(zip(e.ops, e.rest)):
                rhs = self.gen_expr(node)
                result = self._compare_pair(op, lhs, rhs, e.span)
                truth = self.value(py.IsTrueOp(result), e.span)
                if index == len(e.ops) - 1:
                    self.emit(cf.ConditionalBranchOp(truth, if_true, [], if_false, []), e.span)
                else:
                    next_block = self.new_block()
                    self.emit(cf.ConditionalBranchOp(truth, next_block, [], if_false, []), e.span)
                    self.start_block(next_block, defined)
                lhs = rhs
            return
        truth = self.value(py.IsTrueOp(self.gen_expr(e)), e.span)
        self.emit(cf.ConditionalBranchOp(truth, if_true, [], if_false, []), e.span)

    # ---- calls ----
    def _expr_Call(self, e: ast.Call) -> SSAValue:
        return self.gen_call(e, discard=False)

    def _expr_Await(self, e: ast.Await) -> SSAValue:
        if not self.fn.is_async:
            where = "function" if self.fn.is_module else "async function"
            raise CompileError(e.span, f"'await' outside {where}")
        call = e.value
        if isinstance(call, ast.Call) and self.imports.actors_member(call.func) is not None:
            return self.gen_call(call, discard=False, awaited=True)
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and self.function_named(call.func.id)):
            raise CompileError(e.value.span, "AIthon can only await a call of an async function "
                               "(await f(...))")
        if not self.signatures[call.func.id].is_async:
            raise CompileError(call.func.span, f"'{call.func.id}' is not an async function: "
                               "call it without await")
        self.check_awaitable(call.func.id, call.span)
        return self.gen_call(call, discard=False, awaited=True)

    def _expr_Attribute(self, e: ast.Expr) -> SSAValue:
        """An imported name used as a value (calls are handled by gen_call),
        or a field of an Exit or Down message."""
        name = self.imports.resolve(e)
        member = self.imports.actors_member(e)
        if member is not None:
            return self.actors_value(member, e)
        if name == "asyncio" or (name or "").startswith("asyncio."):
            raise CompileError(e.span, f"'{name}' is not supported by AIthon yet: only "
                               "asyncio.run(main()) at module level is")
        if name is not None:
            raise CompileError(e.span, f"'{name}' is only supported in a call or a type yet")
        if isinstance(e, ast.Attribute):
            value = self.gen_expr(e.value)
            if isinstance(value.type, actor.SIGNAL_TYPES):
                return self.signal_field(value, e)
            raise CompileError(e.span, f"attribute access is not supported on "
                               f"{self.article(value.type)} by AIthon yet")
        raise CompileError(e.span, "attribute access is not supported by AIthon yet")

    # ---- tuples ----
    def _expr_Tuple(self, e: ast.Tuple) -> SSAValue:
        return self.value(py.MakeTupleOp([self.gen_expr(item) for item in e.elts]), e.span)

    def _expr_Subscript(self, e: ast.Subscript) -> SSAValue:
        value = self.gen_expr(e.value)
        if not isinstance(value.type, py.TupleType):
            raise CompileError(e.span, f"subscripts are only supported on tuples yet, not on "
                               f"{self.article(value.type)}")
        index = self._constant_int(e.index)
        if index is None:
            raise CompileError(e.index.span, "a tuple index must be an integer literal "
                               "(AIthon knows each item's type only at a constant index)")
        length = len(value.type.types)
        if not -length <= index < length:
            raise CompileError(e.index.span, f"tuple index out of range (the tuple has "
                               f"{length} item{'s' if length != 1 else ''})")
        return self.value(py.TupleGetOp(value, index % length), e.span)

    def module_level_run(self, e: ast.Call) -> ast.Call | None:
        """The call of an async function that module code runs to completion:
        `main()` itself (the seed's convention) or the argument of
        `asyncio.run(main())`; None for any other call."""
        if isinstance(e.func, ast.Name) and (sig := self.signatures.get(e.func.id)) \
                and sig.is_async:
            return e
        if self.imports.resolve(e.func) != "asyncio.run":
            return None
        if e.keywords or len(e.args) != 1:
            raise CompileError(e.span, "asyncio.run() takes one argument here: a call of an "
                               "async function")
        inner = e.args[0]
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) \
                and (sig := self.signatures.get(inner.func.id)) and sig.is_async:
            return inner
        raise CompileError(inner.span, "asyncio.run() needs a call of an async function here "
                           "(asyncio.run(main()))")

    def gen_call(self, e: ast.Call, discard: bool, awaited: bool = False) -> SSAValue | None:
        member = self.imports.actors_member(e.func)
        if member is not None:
            result = self.actors_call(member, e, awaited)
            if result is not None or discard:
                return result
            return self.value(py.NoneConstantOp(), e.span)
        if not isinstance(e.func, ast.Name):
            if isinstance(e.func, ast.Attribute):
                self._expr_Attribute(e.func)
            raise CompileError(e.span, "only calls of functions by name are supported yet")
        name = e.func.id
        if name == "print":
            self._print(e)
            return None if discard else self.value(py.NoneConstantOp(), e.span)
        if name == "range":
            raise CompileError(e.span, "range() is only supported as the iterable of a for loop yet")
        sig = self.function_named(name)
        if sig is None:
            if self._is_variable(name):
                raise CompileError(e.func.span, f"'{name}' is not a function")
            raise undefined_name(name, e.func.span)
        if sig.is_async and not awaited:
            raise CompileError(e.span, f"calling the async function '{name}' without await is not "
                               f"supported: write 'await {name}(...)' in an async function, or "
                               f"'asyncio.run({name}(...))' at module level")
        if e.keywords:
            raise CompileError(e.keywords[0].span, "keyword arguments are not supported yet")
        args = self.typed_arguments(sig, e.args, e.span)
        self.check_callable_now(e, name)
        result = self.result_type_of(sig, e.span)
        results = [] if result == py.NONE else [result]
        op = py.AwaitOp(sig.symbol, args, results) if awaited else func.CallOp(sig.symbol, args, results)
        call = self.emit(op, e.span)
        if results:
            return call.results[0]
        return None if discard else self.value(py.NoneConstantOp(), e.span)

    def typed_arguments(self, sig, arg_nodes: list[ast.Expr], call_span: Span) -> list[SSAValue]:
        """The arguments of a call of `sig`, checked against its parameters;
        the first call types the unannotated ones."""
        name = sig.name
        if len(arg_nodes) != len(sig.params):
            raise CompileError(
                call_span,
                f"{name}() takes {len(sig.params)} argument{'s' if len(sig.params) != 1 else ''} "
                f"but {len(arg_nodes)} {'were' if len(arg_nodes) != 1 else 'was'} given",
            )
        args = []
        for index, (arg, (param, expected)) in enumerate(zip(arg_nodes, sig.params)):
            v = self.gen_expr(arg)
            if expected is None:
                # An unannotated parameter takes the type of its first call's argument.
                sig.params[index] = (param, v.type)
                sig.inferred_at[param] = arg.span
            elif v.type != expected:
                hint = " (write a float such as 2.0)" if (v.type, expected) == (py.INT, py.FLOAT) else ""
                if param in sig.inferred_at:
                    at = sig.inferred_at[param]
                    hint = (f" (its type comes from the call at line {at.line}: AIthon compiles "
                            f"one version of each function, annotate '{param}' to choose)")
                raise CompileError(
                    arg.span,
                    f"argument '{param}' of {name}() must be {self.type_name(expected)}, "
                    f"not {self.type_name(v.type)}{hint}",
                )
            args.append(v)
        return args

    def result_type_of(self, sig, span: Span):
        """`sig`'s result type; emits its body first if that is what infers it."""
        if sig.result is None:
            if sig.name in self.in_progress:
                raise CompileError(span, f"cannot infer the result type of '{sig.name}' here: it is "
                                   "used before any of its returns; annotate it (-> int, -> float, ...)")
            self.emit_user_function(sig)
        return sig.result

    def function_named(self, name: str):
        """The Signature of the module function `name` names here, or None
        (also where a local variable of the same name shadows it)."""
        if not self.fn.is_module and name in self.fn.local_names:
            return None
        return self.signatures.get(name)

    def _is_variable(self, name: str) -> bool:
        """Whether `name` is a local of the current function or a module variable."""
        return (not self.fn.is_module and name in self.fn.local_names) or name in self.module_names

    def _print(self, e: ast.Call) -> None:
        sep, end = " ", "\n"
        for keyword in e.keywords:
            if keyword.name not in ("sep", "end"):
                raise CompileError(keyword.span, f"print() keyword '{keyword.name}' is not supported yet")
            if isinstance(keyword.value, ast.NoneLit):
                continue
            if not isinstance(keyword.value, ast.StrLit):
                raise CompileError(keyword.value.span, f"print() {keyword.name}= must be a string literal")
            if keyword.name == "sep":
                sep = keyword.value.value
            else:
                end = keyword.value.value
        # Evaluate every argument before printing any, as Python does.
        values = [arg if isinstance(arg, ast.StrLit) else self.gen_expr(arg) for arg in e.args]
        for index, v in enumerate(values):
            if index and sep:
                self.emit(py.PrintStrOp(sep), e.span)
            if isinstance(v, ast.StrLit):
                if v.value:
                    self.emit(py.PrintStrOp(v.value), v.span)
            else:
                self.print_value(v, e.span)
        if end:
            self.emit(py.PrintStrOp(end), e.span)

    def print_value(self, v: SSAValue, span: Span, repr: bool = False) -> None:
        """str(v) (or repr(v)) to stdout; a tuple as Python prints it: `(1, 2.5)`,
        `(1,)`, `()`, its items by repr."""
        if self.print_actor_value(v, span, repr):
            return
        if not isinstance(v.type, py.TupleType):
            self.emit(py.PrintOp(v), span)
            return
        self.emit(py.PrintStrOp("("), span)
        count = len(v.type.types)
        for index in range(count):
            if index:
                self.emit(py.PrintStrOp(", "), span)
            self.print_value(self.value(py.TupleGetOp(v, index), span), span, repr=True)
        self.emit(py.PrintStrOp(",)" if count == 1 else ")"), span)
