"""Statements → blocks and branches (the statement half of IRGen)."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass, replace

from xdsl.dialects import cf, func
from xdsl.ir import Attribute, Block, SSAValue

from aithon.diagnostics import CompileError, Span
from aithon.dialects import actor, py
from aithon.frontend import ast
from aithon.frontend.scope import (
    ACTORS,
    ACTORS_API,
    KNOWN_MODULES,
    TYPE_NAMES,
    annotation_type,
    reachable_functions,
    undefined_name,
)
from aithon.runtime_codes import RANGE_STEP_ZERO, SMALL_MAX, SMALL_MIN, is_small



def _meet(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """Join point of two paths: names assigned on both (None = unreachable)."""
    if a is None:
        return None if b is None else set(b)
    if b is None:
        return set(a)
    return a & b


@dataclass(frozen=True)
class RangeLoop:
    """What one copy of a `for ... in range(...)` loop is built from."""

    stmt: ast.For
    target: ast.Name
    counter: SSAValue      # the hidden counter's slot
    start: SSAValue
    stop: SSAValue
    step: SSAValue
    zero: SSAValue
    step_const: int | None
    test_failed: Block     # the `else` clause, or the exit
    exit_: Block
    entry_defined: set[str] | None
    small: bool = False    # the copy whose counter is known to be a small int
    # With `small`: [lo, hi) holding every counter value the body sees, when
    # the start and the step's sign are constants (else just "small").
    counter_range: tuple[int, int] | None = None

    def assuming_small(self, start, stop, step, counter_range) -> "RangeLoop":
        return replace(self, start=start, stop=stop, step=step, small=True, counter_range=counter_range)

    def counter_value(self, gen, span):
        value = gen.value(py.LoadOp(self.counter), span)
        if not self.small:
            return value
        if self.counter_range is not None:
            return gen.value(py.AssumeInRangeOp(value, *self.counter_range), span)
        return gen.value(py.AssumeSmallOp(value), span)


def _reads(node, name: str) -> bool:
    """Whether the AST under `node` mentions the name `name` anywhere."""
    if isinstance(node, ast.Name):
        return node.id == name
    if isinstance(node, list):
        return any(_reads(item, name) for item in node)
    if is_dataclass(node):
        return any(_reads(getattr(node, f.name), name) for f in fields(node) if f.name != "span")
    return False


def _modulus(expr: ast.Expr) -> int | None:
    """C when `expr` is a positive small int literal C."""
    if isinstance(expr, ast.IntLit) and 0 < expr.value and is_small(expr.value):
        return expr.value
    return None


def _mod_bound(value: ast.Expr | None) -> int | None:
    """C when `value` is `E % C` with C a positive small int literal."""
    if isinstance(value, ast.BinOp) and value.op == "%":
        return _modulus(value.right)
    return None


def _mod_bounded_names(body: list[ast.Stmt]) -> dict[str, int]:
    """The names that `body` (a loop body without nested loops) assigns only
    as `x = E % C` or `x %= C`, C a positive literal, with the largest C: in
    Python such an x is in [0, C) after each of its assignments.

    Any statement that could bind names some other way (a function, an
    import) makes the answer empty.
    """
    bounds: dict[str, int] = {}
    spoiled: set[str] = set()

    def assigns(name: str, bound: int | None) -> None:
        if bound is None:
            spoiled.add(name)
        else:
            bounds[name] = max(bound, bounds.get(name, 0))

    def visit(stmts: list[ast.Stmt]) -> bool:
        for stmt in stmts:
            if isinstance(stmt, ast.Assign):
                if isinstance(stmt.target, ast.Name):
                    if stmt.value is not None:
                        assigns(stmt.target.id, _mod_bound(stmt.value))
                elif isinstance(stmt.target, ast.Tuple):
                    for elt in stmt.target.elts:
                        if isinstance(elt, ast.Name):
                            spoiled.add(elt.id)
            elif isinstance(stmt, ast.AugAssign):
                if isinstance(stmt.target, ast.Name):
                    assigns(stmt.target.id, _modulus(stmt.value) if stmt.op == "%" else None)
            elif isinstance(stmt, ast.If):
                if not (visit(stmt.body) and visit(stmt.orelse)):
                    return False
            elif not isinstance(stmt, (ast.ExprStmt, ast.Pass, ast.Break, ast.Continue, ast.Return)):
                return False
        return True

    if not visit(body):
        return {}
    return {name: bound for name, bound in bounds.items() if name not in spoiled}


def _counter_range(start: int | None, step: int | None) -> tuple[int, int] | None:
    """[lo, hi) for the counter of a small copy of a range loop: from a
    constant small start upwards for a positive constant step, downwards for
    a negative one (the stop is a run-time value; the counter is small)."""
    if start is None or step is None or not is_small(start):
        return None
    if step > 0:
        return (start, SMALL_MAX + 1)
    return (SMALL_MIN, start + 1)


def _has_loop(body: list[ast.Stmt]) -> bool:
    """Whether a loop statement is nested anywhere in `body`."""
    for stmt in body:
        if isinstance(stmt, (ast.For, ast.While)):
            return True
        if isinstance(stmt, ast.If) and (_has_loop(stmt.body) or _has_loop(stmt.orelse)):
            return True
    return False


class StatementGen:
    def gen_body(self, body: list[ast.Stmt]) -> None:
        for stmt in body:
            self.gen_stmt(stmt)

    def gen_stmt(self, stmt: ast.Stmt) -> None:
        method = getattr(self, f"_stmt_{type(stmt).__name__}", None)
        if method is None:
            raise CompileError(stmt.span, f"unsupported statement: {type(stmt).__name__}")
        method(stmt)

    # ---- simple statements ----
    def _stmt_Pass(self, stmt: ast.Pass) -> None:
        pass

    def _stmt_UnsupportedStmt(self, stmt: ast.UnsupportedStmt) -> None:
        raise CompileError(stmt.span, f"{stmt.what} is not supported by AIthon yet")

    def _stmt_ExprStmt(self, stmt: ast.ExprStmt) -> None:
        if isinstance(stmt.value, ast.StrLit):
            return  # a docstring or a bare string: no effect
        if isinstance(stmt.value, ast.Call):
            if self.fn.is_module and (coroutine := self.module_level_run(stmt.value)) is not None:
                # `main()` (the seed's convention) or `asyncio.run(main())`:
                # run the async function as an actor and wait for it.
                self.gen_call(coroutine, discard=True, awaited=True)
                return
            self.gen_call(stmt.value, discard=True)
        else:
            self.gen_expr(stmt.value)

    def _stmt_Import(self, stmt: ast.Import) -> None:
        # What the imports bind was collected before irgen (scope.collect_imports);
        # here each is checked against what AIthon knows.
        if not self.fn.is_module:
            raise CompileError(stmt.span, "import inside a function is not supported yet")
        known = "it knows asyncio and aithon.actors"
        for name, _ in stmt.names:
            if stmt.module is None and name not in KNOWN_MODULES:
                raise CompileError(stmt.span, f"module '{name}' is not supported by AIthon yet ({known})")
            if stmt.module == "aithon" and name != "actors":
                raise CompileError(stmt.span, f"'aithon.{name}' is not a module AIthon knows ({known})")
            if stmt.module == ACTORS and name not in ACTORS_API:
                raise CompileError(stmt.span, f"cannot import '{name}' from aithon.actors "
                                   "(docs/actors.md lists what it has)")
            if stmt.module not in (None, "aithon", ACTORS):
                raise CompileError(stmt.span, f"'from {stmt.module} import ...' is not supported by "
                                   f"AIthon yet ({known})")

    def _stmt_FunctionDef(self, stmt: ast.FunctionDef) -> None:
        # The body is emitted separately; at run time a `def` only binds the name.
        self.defined_functions.add(stmt.name)

    def _stmt_Assign(self, stmt: ast.Assign) -> None:
        if isinstance(stmt.target, ast.Tuple) and stmt.annotation is None:
            self._unpack(stmt.target, self.gen_expr(stmt.value), stmt.value.span)
            return
        target = self._assign_target(stmt.target)
        declared = None
        if stmt.annotation is not None:
            declared = annotation_type(stmt.annotation, f"variable '{target.id}'", self.imports)
        if stmt.value is None:
            if declared is not None:
                self.variable_type(target, declared, stmt.annotation.span)
            return
        value = self.gen_expr(stmt.value)
        if declared is not None and value.type != declared:
            raise CompileError(
                stmt.value.span,
                f"cannot assign a value of type {self.type_name(value.type)} to "
                f"'{target.id}' annotated {self.type_name(declared)}",
            )
        self.store_variable(target, value)

    def _stmt_AugAssign(self, stmt: ast.AugAssign) -> None:
        target = self._assign_target(stmt.target)
        current = self.load_variable(target)
        value = self.binary(stmt.op, current, self.gen_expr(stmt.value), stmt.span, stmt.value)
        self.store_variable(target, value, span=stmt.span)

    def _unpack(self, targets: ast.Tuple, value: SSAValue, span: Span) -> None:
        """`a, b = value`: the tuple's items, in order (its length is known);
        an Exit or Down message (a named tuple in Python) unpacks to its pid
        and reason."""
        signal = isinstance(value.type, actor.SIGNAL_TYPES)
        if not isinstance(value.type, py.TupleType) and not signal:
            raise CompileError(span, f"cannot unpack {self.article(value.type)}: only tuples unpack")
        count = len(actor.SIGNAL_FIELDS) if signal else len(value.type.types)
        if count != len(targets.elts):
            what = self.type_name(value.type) if signal else "a tuple"
            raise CompileError(span, f"cannot unpack {what} of {count} into "
                               f"{len(targets.elts)} names")
        names = [self._assign_target(t) for t in targets.elts]
        for index, name in enumerate(names):
            item = (actor.SignalFieldOp(value, actor.SIGNAL_FIELDS[index]) if signal
                    else py.TupleGetOp(value, index))
            self.store_variable(name, self.value(item, name.span))

    def _assign_target(self, target: ast.Expr) -> ast.Name:
        if not isinstance(target, ast.Name):
            what = target.what if isinstance(target, ast.Unsupported) else "this target"
            raise CompileError(target.span, f"assignment to {what} is not supported yet")
        if target.id == "__debug__":
            raise CompileError(target.span, "cannot assign to __debug__")  # CPython's SyntaxError
        # In a function, assigning a function's name makes a local that shadows it.
        function = target.id in self.signatures and self.fn.is_module
        if function or target.id in TYPE_NAMES or target.id in ("print", "range"):
            raise CompileError(target.span, f"cannot assign to '{target.id}': it names a function or type")
        if not self.fn.is_module and target.id not in self.fn.local_names:
            raise CompileError(target.span, f"internal: '{target.id}' is not local")
        return target

    def _stmt_Return(self, stmt: ast.Return) -> None:
        if self.fn.is_module:
            raise CompileError(stmt.span, "'return' outside function")
        value = None if stmt.value is None else self.gen_expr(stmt.value)
        expected = self.fn.result_type
        if expected is None:  # the first return of a function without a result annotation
            expected = self.fn.result_type = py.NONE if value is None else value.type
            self.fn.sig.result = expected  # recursive calls after this return can be typed
            self.fn.op.function_type = func.FunctionType.from_lists(
                list(self.fn.op.function_type.inputs.data), [] if expected == py.NONE else [expected])
        if value is None:
            if expected != py.NONE:
                raise CompileError(stmt.span, f"this function must return {self.article(expected)}")
            self.terminate(func.ReturnOp(), stmt.span)
            return
        if value.type != expected:
            hint = " (write a float literal such as 1.0, or use a float expression)" \
                if expected == py.FLOAT and value.type == py.INT else ""
            raise CompileError(
                stmt.value.span,
                f"returning {self.type_name(value.type)} from a function declared to return "
                f"{self.type_name(expected)}{hint}",
            )
        if expected == py.NONE:
            self.terminate(func.ReturnOp(), stmt.span)
        else:
            self.terminate(func.ReturnOp(value), stmt.span)

    # ---- control flow ----
    def _stmt_If(self, stmt: ast.If) -> None:
        then_block, else_block, merge = self.new_block(), self.new_block(), self.new_block()
        before = self.fn.defined
        self.gen_condition(stmt.test, then_block, else_block)
        self.start_block(then_block, set(before) if before is not None else None)
        self.gen_body(stmt.body)
        then_defined = self.fn.defined
        self._jump(merge, stmt.span)
        self.start_block(else_block, set(before) if before is not None else None)
        self.gen_body(stmt.orelse)
        else_defined = self.fn.defined
        self._jump(merge, stmt.span)
        self.start_block(merge, _meet(then_defined, else_defined))

    def _jump(self, block, span: Span, *args: SSAValue) -> None:
        if self.reachable:
            self.emit(cf.BranchOp(block, *args), span)

    def _stmt_While(self, stmt: ast.While) -> None:
        header, body, exit_ = self.new_block(), self.new_block(), self.new_block()
        entry_defined = self.fn.defined
        self._jump(header, stmt.span)
        self.start_block(header, entry_defined)
        else_block = self.new_block() if stmt.orelse else exit_
        self.gen_condition(stmt.test, body, else_block)
        always_true = self._is_constant_true(stmt.test)
        self._loop_body(stmt.body, body, header, exit_, stmt.span, entry_defined,
                        exit_defined=None if always_true else entry_defined,
                        orelse=stmt.orelse, else_block=else_block)

    def _loop_body(self, body_stmts, body, continue_block, exit_, span, body_defined, *,
                   exit_defined, orelse, else_block):
        """Emit a loop body, its `else` clause, and continue at the exit block.

        `exit_defined` is what is known assigned when the loop test fails (no
        more than on entry: the body may run zero times), or None when the test
        cannot fail (`while True`).
        """
        breaks = self._loop_body_only(body_stmts, body, continue_block, exit_, span, body_defined)
        self._finish_loop(exit_, exit_defined, orelse, else_block if orelse else None, breaks, span)

    def _loop_body_only(self, body_stmts, body, continue_block, exit_, span, body_defined) -> list:
        """Emit a loop body; returns what is assigned at each of its `break`s."""
        loop = self.push_loop(continue_block, exit_)
        self.start_block(body, set(body_defined) if body_defined is not None else None)
        self.gen_body(body_stmts)
        self._jump(continue_block, span)
        self.fn.loops.pop()
        return loop.break_states

    def _finish_loop(self, exit_, exit_defined, orelse, else_block, break_states, span) -> None:
        """The loop's `else` clause (run when its test fails), then the exit."""
        after = exit_defined
        if orelse:
            self.start_block(else_block, exit_defined)
            self.gen_body(orelse)
            after = self.fn.defined
            self._jump(exit_, span)
        for state in break_states:
            after = _meet(after, state) if after is not None else (set(state) if state is not None else None)
        self.start_block(exit_, after)

    def push_loop(self, continue_block, break_block):
        from aithon.frontend.irgen import Loop

        loop = Loop(continue_block, break_block)
        self.fn.loops.append(loop)
        return loop

    def _is_constant_true(self, test: ast.Expr) -> bool:
        return (isinstance(test, ast.BoolLit) and test.value) or (
            isinstance(test, ast.IntLit) and test.value != 0
        )

    def _stmt_Break(self, stmt: ast.Break) -> None:
        if not self.fn.loops:
            raise CompileError(stmt.span, "'break' outside loop")
        loop = self.fn.loops[-1]
        loop.break_states.append(None if self.fn.defined is None else set(self.fn.defined))
        self.terminate(cf.BranchOp(loop.break_block), stmt.span)

    def _stmt_Continue(self, stmt: ast.Continue) -> None:
        if not self.fn.loops:
            raise CompileError(stmt.span, "'continue' not properly in loop")
        self.terminate(cf.BranchOp(self.fn.loops[-1].continue_block), stmt.span)

    def _stmt_For(self, stmt: ast.For) -> None:
        call = stmt.iter
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "range"):
            raise CompileError(stmt.iter.span, "only 'for ... in range(...)' loops are supported yet")
        if call.keywords:
            raise CompileError(call.keywords[0].span, "range() takes no keyword arguments")
        if not 1 <= len(call.args) <= 3:
            raise CompileError(call.span, f"range expected 1 to 3 arguments, got {len(call.args)}")
        bounds = [self.as_int(self.gen_expr(a), a, "range() argument") for a in call.args]
        zero = self.value(py.IntConstantOp(0), call.span)
        if len(bounds) == 1:
            start, stop, step = zero, bounds[0], None
        else:
            start, stop, step = bounds[0], bounds[1], bounds[2] if len(bounds) == 3 else None
        step_const = self._constant_int(call.args[2]) if len(call.args) == 3 else 1
        if step is None:
            step = self.value(py.IntConstantOp(1), call.span)
        if step_const == 0 or step_const is None:
            self._check_step_nonzero(step, zero, call.span)

        target = ast.Name(stmt.target_span, stmt.target)
        self._assign_target(target)
        counter = self.declare_local(f"{stmt.target}.range", py.INT, stmt.span).slot
        else_block = self.new_block() if stmt.orelse else None
        exit_ = self.new_block()
        entry_defined = self.fn.defined
        loop = RangeLoop(stmt, target, counter, start, stop, step, zero, step_const,
                         else_block or exit_, exit_, entry_defined)
        # When start, stop and step are small ints, so is every counter value
        # the body sees (start <= i < stop, or stop < i <= start), and a copy
        # of the loop that marks it with py.assume_small loses the tag tests
        # on i.  Constant bounds decide at compile time; otherwise an
        # innermost loop whose body reads i is versioned on one run-time
        # test, and the general copy handles big bounds.  (Outer loops are
        # not, or copies would nest; nor loops that never read i, which
        # would gain little for twice the code.)
        #
        # The same copy also knows the range of each local the body assigns
        # only as `x = ... % C` (`_mod_bounded_names`): checked to be in
        # [0, C) on entry, such an x stays there, and its reads are marked
        # with py.assume_in_range, so `x * k` loses its overflow check and
        # `x % C` its sign fix-up.
        constants = [self._constant_int(a) for a in call.args]
        innermost = not _has_loop(stmt.body)
        bounded = self._mod_bounded_locals(stmt, entry_defined) if innermost else {}
        bounds_known = all(c is not None for c in constants)
        if bounds_known:
            small_copy = all(is_small(c) for c in constants)
            general_copy = not small_copy or bool(bounded)
        else:
            small_copy = innermost and (_reads(stmt.body, stmt.target) or bool(bounded))
            general_copy = True
        general = None
        if small_copy and general_copy:
            general = self.new_block()
            if not bounds_known:
                all_small = self.value(py.IntIsSmallOp([start, stop, step]), call.span)
                self._branch_or(all_small, general, stmt.span)
            for name, bound in bounded.items():
                self._check_in_range(name, bound, general, stmt.span)
        breaks = []
        if small_copy:
            self.fn.assumed_ranges = {name: (0, bound) for name, bound in bounded.items()}
            breaks += self._range_loop(loop.assuming_small(
                *(self.value(py.AssumeSmallOp(v), call.span) for v in (start, stop, step)),
                _counter_range(0 if len(call.args) == 1 else constants[0], step_const)))
            self.fn.assumed_ranges = {}
        if general is not None:
            self.start_block(general, entry_defined)
        if general_copy:
            breaks += self._range_loop(loop)
        self._finish_loop(exit_, entry_defined, stmt.orelse, else_block, breaks, stmt.span)

    def _mod_bounded_locals(self, stmt: ast.For, entry_defined: set[str] | None) -> dict[str, int]:
        """The int locals, assigned before the loop, that its body assigns
        only as `x = ... % C` (see `_mod_bounded_names`)."""
        fn = self.fn
        if fn.is_module or entry_defined is None:
            return {}
        return {
            name: bound for name, bound in _mod_bounded_names(stmt.body).items()
            if name != stmt.target and name in fn.local_names and name in entry_defined
            and name in fn.variables and fn.variables[name].type == py.INT
        }

    def _branch_or(self, condition: SSAValue, otherwise: Block, span: Span) -> None:
        """Go on in a new block if the i1 `condition` holds, else to `otherwise`."""
        go_on = self.new_block()
        self.emit(cf.ConditionalBranchOp(condition, go_on, [], otherwise, []), span)
        self.start_block(go_on, self.fn.defined)

    def _check_in_range(self, name: str, bound: int, otherwise: Block, span: Span) -> None:
        """Go on if local `name` is in [0, bound), else to `otherwise`."""
        value = self.value(py.LoadOp(self.fn.variables[name].slot), span)
        for predicate, limit in (("ge", 0), ("lt", bound)):
            cmp = self.value(py.CmpOp(predicate, value, self.value(py.IntConstantOp(limit), span)), span)
            self._branch_or(self.value(py.IsTrueOp(cmp), span), otherwise, span)

    def _range_loop(self, loop: "RangeLoop") -> list:
        """One copy of a range loop, from here to its exits; its break states."""
        span = loop.stmt.span
        self.emit(py.StoreOp(loop.start, loop.counter), span)
        header, body, latch = self.new_block(), self.new_block(), self.new_block()
        self._jump(header, span)
        self.start_block(header, loop.entry_defined)
        current = self.value(py.LoadOp(loop.counter), span)
        self._range_test(current, loop.stop, loop.step, loop.zero, loop.step_const, body,
                         loop.test_failed, span)

        # The increment is the `continue` target.
        self.start_block(latch, loop.entry_defined)
        current = loop.counter_value(self, span)
        self.emit(py.StoreOp(self.value(py.AddOp(current, loop.step), span), loop.counter), span)
        self._jump(header, span)

        # Each iteration binds the target from the hidden counter, so the body
        # may reassign the target without changing the iteration (as in Python).
        self.start_block(body, loop.entry_defined)
        self.store_variable(loop.target, loop.counter_value(self, loop.stmt.target_span))
        body_start = self.new_block()
        body_defined = self.fn.defined
        self._jump(body_start, span)
        return self._loop_body_only(loop.stmt.body, body_start, latch, loop.exit_, span, body_defined)

    def _check_step_nonzero(self, step, zero, span):
        ok, bad = self.new_block(), self.new_block()
        is_zero = self.value(py.CmpOp("eq", step, zero), span)
        self.emit(cf.ConditionalBranchOp(self.value(py.IsTrueOp(is_zero), span), bad, [], ok, []), span)
        defined = self.fn.defined
        self.start_block(bad, None)
        self.emit(py.RaiseOp(RANGE_STEP_ZERO), span)
        self.fn.defined = set()
        self.terminate(cf.BranchOp(ok), span)
        self.start_block(ok, defined)

    def _range_test(self, current, stop, step, zero, step_const, body, exit_, span):
        def test(predicate):
            cmp = self.value(py.CmpOp(predicate, current, stop), span)
            self.emit(cf.ConditionalBranchOp(self.value(py.IsTrueOp(cmp), span), body, [], exit_, []), span)

        if step_const is not None:
            test("lt" if step_const > 0 else "gt")
            return
        up, down = self.new_block(), self.new_block()
        positive = self.value(py.CmpOp("gt", step, zero), span)
        self.emit(cf.ConditionalBranchOp(self.value(py.IsTrueOp(positive), span), up, [], down, []), span)
        defined = self.fn.defined
        self.start_block(up, defined)
        test("lt")
        self.start_block(down, defined)
        test("gt")

    def _constant_int(self, expr: ast.Expr) -> int | None:
        if isinstance(expr, ast.IntLit):
            return expr.value
        if isinstance(expr, ast.UnaryOp) and expr.op in "+-" and isinstance(expr.operand, ast.IntLit):
            return -expr.operand.value if expr.op == "-" else expr.operand.value
        return None

    # ---- variables ----
    def variable_type(self, target: ast.Name, value_type: Attribute, span: Span) -> Attribute:
        """The type of variable `target`, fixing it on first sight."""
        name = target.id
        if self.fn.is_module:
            var = self.globals.get(name)
            if var is None:
                from aithon.frontend.irgen import GlobalVar

                var = GlobalVar(f"py.{name}", value_type, name not in self.safe_globals)
                self.globals[name] = var
        else:
            var = self.fn.variables.get(name) or self.declare_local(name, value_type, span)
        if var.type != value_type:
            raise CompileError(
                span,
                f"variable '{name}' has type {self.type_name(var.type)}; assigning "
                f"{self.article(value_type)} would change its type",
            )
        return var

    def store_variable(self, target: ast.Name, value: SSAValue, span: Span | None = None) -> None:
        span = span or target.span
        if self.fn.is_module and target.id in self.defined_functions:
            raise CompileError(span, f"cannot assign to '{target.id}': it names a function")
        var = self.variable_type(target, value.type, span)
        if self.fn.is_module:
            self.emit(py.GlobalStoreOp(value, var.symbol), span)
        else:
            self.emit(py.StoreOp(value, var.slot), span)
        if self.fn.defined is not None:
            self.fn.defined.add(target.id)

    def load_variable(self, name: ast.Name) -> SSAValue:
        fn = self.fn
        if fn.is_module or name.id not in fn.local_names:
            return self._load_global(name)
        if name.id not in fn.variables or (fn.defined is not None and name.id not in fn.defined):
            raise CompileError(
                name.span,
                f"local variable '{name.id}' may be used before it is assigned",
            )
        value = self.value(py.LoadOp(fn.variables[name.id].slot), name.span)
        if name.id in fn.assumed_ranges:
            lo, hi = fn.assumed_ranges[name.id]
            value = self.value(py.AssumeInRangeOp(value, lo, hi), name.span)
        return value

    def _load_global(self, name: ast.Name) -> SSAValue:
        var = self.globals.get(name.id)
        if name.id not in self.module_names:
            raise undefined_name(name.id, name.span)
        if self.fn.is_module:
            if var is None or (self.fn.defined is not None and name.id not in self.fn.defined):
                raise CompileError(name.span, f"name '{name.id}' may be used before it is assigned")
            return self.value(py.GlobalLoadOp(var.symbol, var.type, checked=False), name.span)
        assert var is not None, "module code, emitted first, declares every global"
        return self.value(py.GlobalLoadOp(var.symbol, var.type, checked=var.checked_in_functions),
                          name.span)

    def check_callable_now(self, call: ast.Call, name: str) -> None:
        """At module level, every function the call may reach must be defined by now."""
        if not self.fn.is_module:
            return
        for callee in sorted(reachable_functions(self.signatures, {name})):
            if callee not in self.defined_functions:
                line = self.signatures[callee].node.span.line
                via = "" if callee == name else f" (called through '{name}')"
                raise CompileError(
                    call.span,
                    f"function '{callee}' is called before its definition at line {line}{via}",
                )
