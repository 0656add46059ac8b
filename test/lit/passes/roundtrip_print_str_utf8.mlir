// RUN: %aithon-opt %s | %aithon-opt | filecheck %s
// RUN: %aithon-opt %s --print-generic | %aithon-opt | filecheck %s
// Non-ASCII text prints as escaped UTF-8 bytes, which xDSL's lexer reads back
// as a bytes literal: py.print_str decodes it, in custom and generic form.

// CHECK-LABEL: func.func @f()
func.func @f() {
  // CHECK-NEXT: py.print_str "h\C3\A9llo"
  py.print_str "h\C3\A9llo"
  // CHECK-NEXT: py.print_str "\E2\82\AC"
  py.print_str "€"
  func.return
}
